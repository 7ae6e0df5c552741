import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixed } from '../src/fix.js';
import { BIN, offRules, run, tempDir } from './run.js';

/** A temp folder with files; `.hot-lint.yaml` turns off every unstable rule but get-resource-undefined, and adds `rules`. */
function project(files: Record<string, string>, rules = '', extra = ''): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, '.hot-lint.yaml'), `rules:\n${offRules().replace('  get-resource-undefined: off\n', '')}${rules}${extra}`);
  return dir;
}

const TYPO = [
  'heat_template_version: 2021-04-16',
  'resources:',
  '  server:',
  '    type: OS::Heat::None',
  'outputs:',
  '  o:',
  '    value: {get_resource: servr}',
  '',
].join('\n');
const FIXED = TYPO.replace('servr}', 'server}');
const ON = '';

describe('--fix never loses data', () => {
  it('places fixes by the parser\'s lines: a lone CR in a comment is a line break', () => {
    const text = `heat_template_version: 2021-04-16\n# one\r# two\n${TYPO.split('\n').slice(1).join('\n')}  p:\n    value: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"\n`;
    const dir = project({ 't.yaml': text }, ON);
    const r = run(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'hot-lint: t.yaml: fixed 1 problem.\n' });
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(text.replace('servr}', 'server}'));
  });

  it('does not overwrite a file another process changed while the fixes were computed', () => {
    const dir = tempDir();
    const file = join(dir, 't.yaml');
    writeFileSync(file, 'edited by someone else\n');
    expect(() => writeFixed(file, TYPO, FIXED)).toThrow('the file changed while it was being fixed');
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
  });

  it('never writes through a link planted at a temporary name', () => {
    const dir = tempDir();
    const file = join(dir, 't.yaml');
    const victim = join(dir, 'victim');
    writeFileSync(file, TYPO);
    writeFileSync(victim, 'precious\n');
    chmodSync(victim, 0o600);
    chmodSync(file, 0o644);
    symlinkSync(victim, join(dir, `.t.yaml.hot-lint-${process.pid}.tmp`));
    writeFixed(file, TYPO, FIXED);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(statSync(victim).mode & 0o777).toBe(0o600);
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it('fixes a linked template through its real path and keeps the link', () => {
    const dir = project({ 'real/t.yaml': TYPO }, ON);
    symlinkSync('real/t.yaml', join(dir, 't.yaml'));
    const r = run(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'hot-lint: t.yaml: fixed 1 problem.\n' });
    expect(lstatSync(join(dir, 't.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/t.yaml'), 'utf8')).toBe(FIXED);
  });

  it('keeps hard links, owner and mode', () => {
    const dir = project({ 't.yaml': TYPO }, ON);
    linkSync(join(dir, 't.yaml'), join(dir, 'other-name.txt'));
    chmodSync(join(dir, 't.yaml'), 0o640);
    const owned = project({ 'u.yaml': TYPO }, ON);
    chownSync(join(owned, 'u.yaml'), 4321, 4322);
    expect(run(['--fix', 't.yaml'], { cwd: dir }).status).toBe(0);
    expect(run(['--fix', 'u.yaml'], { cwd: owned }).status).toBe(0);
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 't.yaml')).nlink).toBe(2);
    expect(statSync(join(dir, 't.yaml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(owned, 'u.yaml'), 'utf8')).toBe(FIXED);
    const { uid, gid } = statSync(join(owned, 'u.yaml'));
    expect([uid, gid]).toEqual([4321, 4322]);
  });

  it('refuses -o naming a file it lints', () => {
    const dir = project({ 't.yaml': TYPO }, ON);
    expect(run(['-o', 't.yaml', '-f', 'json', '.'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: -o t.yaml: that is a file being linted; the report would replace it. Name another file.\n',
    });
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(TYPO);
  });
});
