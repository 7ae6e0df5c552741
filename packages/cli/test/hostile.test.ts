import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFixed } from '../src/fix.js';
import { BIN, offRules, runHere, tempDir, writeFiles } from './run.js';

/** A temp folder with files; `.hot-lint.yaml` turns off every unstable rule but get-resource-undefined, and adds `rules`. */
function project(files: Record<string, string>, rules = '', extra = ''): string {
  const on = [...rules.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]);
  const dir = tempDir();
  writeFiles(dir, files);
  writeFileSync(join(dir, '.hot-lint.yaml'), `rules:\n${offRules()
      .split('\n')
      .filter((line) => !['get-resource-undefined', 'parameter-default', 'environment-parameter-value', ...on].some((id) => line === `  ${id}: off`))
      .join('\n')}${rules}${extra}`);
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
  it('places fixes by the parser\'s lines: a lone CR in a comment is a line break', async () => {
    const text = `heat_template_version: 2021-04-16\n# one\r# two\n${TYPO.split('\n').slice(1).join('\n')}  p:\n    value: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"\n`;
    const dir = project({ 't.yaml': text }, ON);
    const r = await runHere(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'hot-lint: t.yaml: fixed 1 problem.\n' });
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(text.replace('servr}', 'server}'));
  });

  it('does not overwrite a file another process changed while the fixes were computed', async () => {
    const dir = tempDir();
    const file = join(dir, 't.yaml');
    writeFileSync(file, 'edited by someone else\n');
    expect(() => writeFixed(file, TYPO, FIXED)).toThrow('the file changed while it was being fixed');
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
  });

  it('never writes through a link planted at a temporary name', async () => {
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

  it('fixes a linked template through its real path and keeps the link', async () => {
    const dir = project({ 'real/t.yaml': TYPO }, ON);
    symlinkSync('real/t.yaml', join(dir, 't.yaml'));
    const r = await runHere(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'hot-lint: t.yaml: fixed 1 problem.\n' });
    expect(lstatSync(join(dir, 't.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/t.yaml'), 'utf8')).toBe(FIXED);
  });

  it('keeps hard links, owner and mode', async () => {
    const dir = project({ 't.yaml': TYPO }, ON);
    linkSync(join(dir, 't.yaml'), join(dir, 'other-name.txt'));
    chmodSync(join(dir, 't.yaml'), 0o640);
    const owned = project({ 'u.yaml': TYPO }, ON);
    chownSync(join(owned, 'u.yaml'), 4321, 4322);
    expect((await runHere(['--fix', 't.yaml'], { cwd: dir })).status).toBe(0);
    expect((await runHere(['--fix', 'u.yaml'], { cwd: owned })).status).toBe(0);
    expect(readFileSync(join(dir, 'other-name.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 't.yaml')).nlink).toBe(2);
    expect(statSync(join(dir, 't.yaml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(owned, 'u.yaml'), 'utf8')).toBe(FIXED);
    const { uid, gid } = statSync(join(owned, 'u.yaml'));
    expect([uid, gid]).toEqual([4321, 4322]);
  });

  it('refuses -o naming a file it lints', async () => {
    const dir = project({ 't.yaml': TYPO }, ON);
    expect(await runHere(['-o', 't.yaml', '-f', 'json', '.'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: -o t.yaml: that is a file being linted; the report would replace it. Name another file.\n',
    });
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(TYPO);
  });
});

const GET_FILE = [
  'heat_template_version: 2021-04-16',
  'resources:',
  '  config:',
  '    type: OS::Heat::SoftwareConfig',
  '    properties:',
  '      config: {get_file: FILE}',
  '',
].join('\n');

/** Spawns the command with a time limit, so a read that blocks fails the test instead of hanging it. */
function runBounded(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, maxBuffer: 1 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('nothing is read outside the root, nor from files that are not regular', () => {
  it('a link inside the root to a file or folder outside is outside', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.sh'), 'top secret\n');
    const dir = project({ 'a.yaml': GET_FILE.replace('FILE', 'link.sh'), 'b.yaml': GET_FILE.replace('FILE', 'folder/secret.sh') }, '  get-file-missing: error\n');
    symlinkSync(join(outside, 'secret.sh'), join(dir, 'link.sh'));
    symlinkSync(outside, join(dir, 'folder'));
    const r = await runHere(['-f', 'parseable', 'a.yaml', 'b.yaml'], { cwd: dir });
    // The configured severity covers the rule's outside-root variant (a warning by default).
    expect(r.stdout).toBe(
      'a.yaml:6:26: error [get-file-missing] get_file path "link.sh" is outside the project root; hot-lint does not read it.\n' +
        'b.yaml:6:26: error [get-file-missing] get_file path "folder/secret.sh" is outside the project root; hot-lint does not read it.\n',
    );
  });

  it('a template found in a folder through a link that leads out of the root is not read', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), TYPO.replace('servr', 'outside-secret'));
    const dir = project({ 'a.yaml': TYPO });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    const r = await runHere(['-f', 'parseable', '.'], { cwd: dir });
    expect(r.stdout).toBe(
      'a.yaml:7:27: error [get-resource-undefined] The resource "servr" is not defined in the resources section. Did you mean "server"?\n',
    );
    expect(r.stderr).toBe('hot-lint: link.yaml: a link to a file outside the project root; not linted.\n');
  });

  it('a named pipe or a link to /dev/zero is refused, never read', async () => {
    const dir = project({ 'a.yaml': GET_FILE.replace('FILE', 'pipe.sh') }, '  get-file-missing: error\n');
    expect(spawnSync('mkfifo', [join(dir, 'pipe.sh')]).status).toBe(0);
    expect(spawnSync('mkfifo', [join(dir, 'pipe.yaml')]).status).toBe(0);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    expect(runBounded(['-f', 'parseable', 'a.yaml', 'pipe.yaml', 'zero.yaml'], dir)).toEqual({
      status: 2,
      stdout: 'a.yaml:6:26: error [get-file-missing] get_file path "pipe.sh" cannot be read: it is not a regular file (a named pipe).\n',
      stderr:
        'hot-lint: pipe.yaml: it is not a regular file (a named pipe); not linted.\n' +
        'hot-lint: zero.yaml: it is not a regular file (a device); not linted.\n',
    });
    // In a folder they are skipped quietly.
    expect(runBounded(['-f', 'parseable', '.'], dir).stdout).toBe(
      'a.yaml:6:26: error [get-file-missing] get_file path "pipe.sh" cannot be read: it is not a regular file (a named pipe).\n',
    );
  });

  it('--max-file-size raises the limit for the template, its nested templates and get_file targets', async () => {
    const big = `#${'x'.repeat(11 * 1024 * 1024)}\n`;
    const dir = project({ 'a.yaml': `${GET_FILE.replace('FILE', 'big.sh')}${big}`, 'big.sh': big }, '  get-file-missing: error\n');
    const r = await runHere(['--max-file-size', String(24 * 1024 * 1024), '-f', 'parseable', 'a.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    const small = await runHere(['--max-file-size', String(12 * 1024 * 1024), '-f', 'parseable', 'a.yaml'], { cwd: dir });
    expect(small).toEqual({ status: 0, stdout: '', stderr: '' });
    writeFileSync(join(dir, 'big.sh'), `${big}${big}`);
    expect((await runHere(['--max-file-size', String(12 * 1024 * 1024), '-f', 'parseable', 'a.yaml'], { cwd: dir })).stdout).toBe(
      'a.yaml:6:26: error [get-file-missing] get_file path "big.sh" cannot be read: it is larger than the limit of 12.0 MiB (22.0 MiB; --max-file-size raises it).\n',
    );
  });
});

describe('configuration', () => {
  it('environments.files outside the configuration\'s folder is a positioned configuration error', async () => {
    const dir = project({ 't.yaml': TYPO }, '', 'environments:\n  - templates: "*.yaml"\n    files: [/etc/passwd, ../x.yaml, env/ok.yaml]\n');
    const lines = readFileSync(join(dir, '.hot-lint.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('/etc/passwd')) + 1;
    expect(await runHere(['-f', 'parseable', 't.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr:
        `hot-lint: .hot-lint.yaml:${line}:13: "/etc/passwd" is outside the configuration's folder; environment files must be inside it (hot-lint reads nothing outside the project).\n` +
        `hot-lint: .hot-lint.yaml:${line}:26: "../x.yaml" is outside the configuration's folder; environment files must be inside it (hot-lint reads nothing outside the project).\n`,
    });
  });

  it('the search for a configuration stops at the repository root', async () => {
    const parent = tempDir();
    // A configuration above the repository (say, in a shared /tmp) that turns every rule off.
    writeFileSync(join(parent, '.hot-lint.yaml'), 'rules:\n  get-resource-undefined: off\n');
    mkdirSync(join(parent, 'repo/.git'), { recursive: true });
    writeFileSync(join(parent, 'repo/t.yaml'), TYPO);
    const r = await runHere(['-f', 'parseable', 't.yaml'], { cwd: join(parent, 'repo') });
    expect(r.stdout).toContain('t.yaml:7:27: error [get-resource-undefined]');
    expect(r.status).toBe(1);
  });
});

describe('output', () => {
  it('stylish, parseable and github print control characters from a template as escapes', async () => {
    const name = 'x\\e]0;owned\\a\\n::error file=a::injected\\u202e';
    const dir = project({ 't.yaml': TYPO.replace('{get_resource: servr}', `{get_resource: "${name}"}`) }, ON);
    const shown = 'x\\x1b]0;owned\\x07\\n::error file=a::injected\\u202e';
    const message = `The resource "${shown}" is not defined in the resources section.`;
    expect((await runHere(['-f', 'parseable', 't.yaml'], { cwd: dir })).stdout).toBe(`t.yaml:7:27: error [get-resource-undefined] ${message}\n`);
    const stylish = (await runHere(['t.yaml'], { cwd: dir })).stdout;
    expect(stylish.split('\n')[1]).toBe(`  7:27  error    ${message}  get-resource-undefined`);
    expect(stylish).not.toMatch(/[\u001b\u0007\u202e]/);
    const github = (await runHere(['-f', 'github', 't.yaml'], { cwd: dir })).stdout;
    expect(github.split('\n')).toHaveLength(2);
    expect(github).not.toMatch(/[\u001b\u0007\u202e]/);
  });
});

describe('hidden parameters', () => {
  it('their values, from the template or an environment, are never printed', async () => {
    const template = [
      'heat_template_version: 2021-04-16',
      'parameters:',
      '  password:',
      '    type: string',
      '    hidden: true',
      '    default: "correct horse battery"',
      '    constraints:',
      '      - length: {max: 8}',
      '  pin:',
      '    type: number',
      '    hidden: "yes"',
      '    constraints:',
      '      - range: {max: 10}',
      '  visible:',
      '    type: string',
      '    default: "plain text"',
      '    constraints:',
      '      - length: {max: 3}',
      'outputs:',
      '  o:',
      '    value: [{get_param: password}, {get_param: pin}, {get_param: visible}]',
      '',
    ].join('\n');
    const dir = project({ 't.yaml': template, 'env.yaml': `parameters:\n  password: "${'hunter2 '.repeat(30)}"\n  pin: 123456\n` });
    const r = await runHere(['-f', 'parseable', '-e', 'env.yaml', 't.yaml', 'env.yaml'], { cwd: dir });
    expect(r.stdout).toBe(
      't.yaml:6:14: error [parameter-default] The default "******" of parameter "password" has length 21, out of its length constraint (at most 8).\n' +
        't.yaml:16:14: error [parameter-default] The default "plain text" of parameter "visible" has length 10, out of its length constraint (at most 3).\n' +
        'env.yaml:2:13: error [environment-parameter-value] The value "******" of parameter "password" has length 240, out of its length constraint (at most 8).\n' +
        'env.yaml:3:8: error [environment-parameter-value] The value ****** of parameter "pin" is out of its range (at most 10).\n',
    );
    expect(r.stdout).not.toContain('hunter');
  });
});

describe('memory', () => {
  it('a run keeps the findings of each template, not its text and parsed document', async () => {
    const core = await import('@hot-lint/core');
    const { main } = await import('../src/main.js');
    const dir = project({ 'a.yaml': TYPO, 'b.yaml': TYPO, 'c.yaml': TYPO });
    const spy = vi.spyOn(core.ProjectSession.prototype, 'setText');
    let out = '';
    try {
      const status = await main(['-f', 'parseable', dir], {
        stdout: (text) => (out += text),
        stderr: (text) => (out += text),
        cwd: dir,
        env: {},
        stdoutIsTTY: false,
      });
      expect(status).toBe(1);
      expect(out.split('\n').filter(Boolean)).toHaveLength(3);
      const sessions = new Set(spy.mock.contexts as unknown as Array<{ files: Map<string, unknown> }>);
      expect(sessions.size).toBe(1);
      for (const session of sessions) expect([...session.files.keys()]).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
