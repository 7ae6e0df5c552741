import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '@hot-lint/core';
import { describe, expect, it } from 'vitest';
import { HELP, OPTIONS } from '../src/args.js';
import { INITIAL_CONFIG } from '../src/init.js';
import { useColor } from '../src/main.js';
import { cli, folder, STABLE_ONLY } from './in-process.js';

const DUPLICATE = 'heat_template_version: 2021-04-16\ndescription: first\ndescription: second\n';
const DUP = 'Duplicate key "description": Heat keeps only this last one and ignores the one on line 2.';
const BROKEN = 'heat_template_version: 2021-04-16\nparameters:\n\tflavor:\n    type: string\n';
const TAB = 'YAML syntax error: Tabs are not allowed as indentation.';

describe('standard input', () => {
  it('"-" lints standard input, shown as <stdin>', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY });
    expect(await cli(['-f', 'parseable', '-'], dir, { stdin: DUPLICATE })).toEqual({
      status: 0,
      stdout: `<stdin>:3:1: warning [duplicate-key] ${DUP}\n`,
      stderr: '',
    });
  });

  it('--stdin-filename names it: its configuration applies and reports show that name', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY, 'sub/.hot-lint.yaml': `${STABLE_ONLY}  duplicate-key: error\n` });
    const r = await cli(['-f', 'parseable', '--stdin-filename', 'sub/stack.yaml', '-'], dir, { stdin: DUPLICATE });
    expect(r).toEqual({ status: 1, stdout: `sub/stack.yaml:3:1: error [duplicate-key] ${DUP}\n`, stderr: '' });
  });

  it('standard input is linted, not the file it is named after', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY, 'stack.yaml': BROKEN });
    const r = await cli(['-f', 'parseable', '--stdin-filename', 'stack.yaml', '-'], dir, { stdin: DUPLICATE });
    expect(r.stdout).toBe(`stack.yaml:3:1: warning [duplicate-key] ${DUP}\n`);
  });

  it('refuses --stdin-filename without "-", and --fix of standard input', async () => {
    const dir = folder({});
    expect(await cli(['--stdin-filename', 'a.yaml'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: --stdin-filename names standard input: add "-" to the paths.\n',
    });
    expect((await cli(['--fix', '-'], dir)).stderr).toBe('hot-lint: --fix writes files; it cannot fix standard input.\n');
  });
});

describe('colour', () => {
  const tty = { env: {}, stdoutIsTTY: true };
  const pipe = { env: {}, stdoutIsTTY: false };
  it('follows --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(useColor({}, tty)).toBe(true);
    expect(useColor({}, pipe)).toBe(false);
    expect(useColor({ color: true }, pipe)).toBe(true);
    expect(useColor({ color: false }, { env: { FORCE_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
    expect(useColor({}, { env: { FORCE_COLOR: '1' }, stdoutIsTTY: false })).toBe(true);
    expect(useColor({}, { env: { FORCE_COLOR: '' }, stdoutIsTTY: false })).toBe(true);
    expect(useColor({}, { env: { FORCE_COLOR: '0' }, stdoutIsTTY: false })).toBe(false);
    expect(useColor({}, { env: { FORCE_COLOR: 'false', NO_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
    expect(useColor({}, { env: { NO_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
    expect(useColor({}, { env: { TERM: 'dumb' }, stdoutIsTTY: true })).toBe(false);
    expect(useColor({ output: 'r.txt' }, { env: { FORCE_COLOR: '1' }, stdoutIsTTY: true })).toBe(false);
    expect(useColor({ output: 'r.txt', color: true }, pipe)).toBe(true);
  });

  it('--color colours the stylish report in a pipe; the two flags together are a usage error', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY, 'a.yaml': DUPLICATE });
    const r = await cli(['--color', 'a.yaml'], dir);
    expect(r.stdout).toContain('\u001b[33mwarning');
    expect((await cli(['a.yaml'], dir, { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[4ma.yaml');
    expect((await cli(['--color', '--no-color', 'a.yaml'], dir)).stderr).toBe('hot-lint: --color and --no-color contradict each other; give one.\n');
  });
});

describe('CI formats', () => {
  it('gitlab: Code Quality issues, paths from the repository root, fingerprints', async () => {
    const root = folder({ '.hot-lint.yaml': STABLE_ONLY, 'stacks/a.yaml': DUPLICATE, 'stacks/b.yaml': BROKEN }, true);
    const r = await cli(['-f', 'gitlab', '.'], join(root, 'stacks'));
    expect(r.status).toBe(1);
    const issues = JSON.parse(r.stdout);
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'duplicate-key',
        description: DUP,
        categories: ['Bug Risk'],
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}:1$/),
        location: { path: 'stacks/a.yaml', positions: { begin: { line: 3, column: 1 }, end: { line: 3, column: 12 } } },
      },
      {
        type: 'issue',
        check_name: 'yaml-syntax',
        description: TAB,
        categories: ['Bug Risk'],
        severity: 'critical',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}:1$/),
        location: { path: 'stacks/b.yaml', positions: { begin: { line: 3, column: 1 }, end: { line: 3, column: 2 } } },
      },
    ]);
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
  });

  it('checkstyle: a file element per file, an error per finding, XML escaped', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY, 'a.yaml': DUPLICATE, 'c.yaml': 'heat_template_version: 2021-04-16\n' });
    const r = await cli(['-f', 'checkstyle', 'a.yaml', 'c.yaml'], dir);
    expect(r.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="a.yaml">',
        '    <error line="3" column="1" severity="warning" message="Duplicate key &quot;description&quot;: Heat keeps only this last one and ignores the one on line 2." source="hot-lint.duplicate-key"/>',
        '  </file>',
        '  <file name="c.yaml"/>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('SARIF fingerprints survive lines added above; paths are relative to the repository root', async () => {
    const root = folder({ '.hot-lint.yaml': STABLE_ONLY, 'stacks/a.yaml': DUPLICATE }, true);
    const sarif = async () => JSON.parse((await cli(['-f', 'sarif', 'a.yaml'], join(root, 'stacks'))).stdout).runs[0];
    const before = await sarif();
    expect(before.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'stacks/a.yaml', uriBaseId: '%SRCROOT%' });
    expect(before.tool.driver.informationUri).toBe('https://github.com/hot-lint/hot-lint');
    for (const rule of before.tool.driver.rules) {
      expect(rule.helpUri).toBe(`https://github.com/hot-lint/hot-lint/blob/main/docs/rules/${rule.id}.md`);
      expect(existsSync(join(__dirname, '../../../docs/rules', `${rule.id}.md`)), rule.id).toBe(true);
    }
    const shifted = folder({ '.hot-lint.yaml': STABLE_ONLY, 'stacks/a.yaml': `# a comment\n\n${DUPLICATE}` }, true);
    const afterRun = JSON.parse((await cli(['-f', 'sarif', 'a.yaml'], join(shifted, 'stacks'))).stdout).runs[0];
    expect(afterRun.results[0].locations[0].physicalLocation.region.startLine).toBe(5);
    expect(afterRun.results[0].partialFingerprints).toEqual(before.results[0].partialFingerprints);
    const changed = folder({ '.hot-lint.yaml': STABLE_ONLY, 'stacks/a.yaml': DUPLICATE.replace('description: second', 'description: other') }, true);
    const otherRun = JSON.parse((await cli(['-f', 'sarif', 'a.yaml'], join(changed, 'stacks'))).stdout).runs[0];
    expect(otherRun.results[0].partialFingerprints).not.toEqual(before.results[0].partialFingerprints);
  });
});

describe('reports, configuration and help', () => {
  it('-o creates the missing folders', async () => {
    const dir = folder({ '.hot-lint.yaml': STABLE_ONLY, 'a.yaml': DUPLICATE });
    const r = await cli(['-f', 'sarif', '-o', 'reports/ci/hot-lint.sarif', 'a.yaml'], dir);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'reports/ci/hot-lint.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });

  it('--print-config FILE: the configuration file that applies and every effective setting', async () => {
    const dir = folder({
      '.hot-lint.yaml': 'rules:\n  duplicate-key: error\n  parameter-unused: off\n  get-file-missing/outside-root: error\nignore: ["vendor/**"]\nenvironments:\n  - templates: "stacks/*.yaml"\n    files: [env/prod.yaml]\n',
    });
    const r = await cli(['--print-config', 'stacks/a.yaml'], dir);
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect({ ...printed, rules: undefined }).toEqual({
      file: 'stacks/a.yaml',
      configFile: '.hot-lint.yaml',
      ignored: false,
      projectRoot: '.',
      heatRelease: 'Heat 26 (2026.1)',
      catalog: '26.0.1',
      maxFileSize: 10485760,
      environments: ['env/prod.yaml'],
      ignore: ['vendor/**'],
    });
    expect(printed.rules['duplicate-key']).toBe('error');
    expect(printed.rules['parameter-unused']).toBe('off');
    expect(printed.rules['yaml-syntax']).toBe('error');
    // A variant is listed when configured; the others follow their rule.
    expect(printed.rules['get-file-missing/outside-root']).toBe('error');
    expect(printed.rules['nested-template-missing/outside-root']).toBeUndefined();
    expect(JSON.parse((await cli(['--print-config', 'vendor/x.yaml'], dir)).stdout).ignored).toBe(true);
  });

  it('--print-config reports a bad configuration as linting does', async () => {
    const dir = folder({ '.hot-lint.yaml': 'rulez: {}\n' });
    expect(await cli(['--print-config', 'a.yaml'], dir)).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: .hot-lint.yaml:1:1: Unknown configuration key "rulez". Did you mean "rules"? Known keys: rules, ignore, environments, heatRelease, catalog, maxFileSize, cache.\n',
    });
  });

  it('--init writes a commented configuration that reads back as the defaults, and never overwrites', async () => {
    const dir = folder({});
    expect(await cli(['--init'], dir)).toEqual({ status: 0, stdout: 'Wrote .hot-lint.yaml. Lint with: hot-lint\n', stderr: '' });
    const text = readFileSync(join(dir, '.hot-lint.yaml'), 'utf8');
    expect(text).toBe(INITIAL_CONFIG);
    expect(parseConfig(text)).toEqual({ config: { rules: {}, ignore: [], environments: [] }, problems: [] });
    // every commented example, uncommented, is a valid configuration too
    const uncommented = text.replace(/^# (heatRelease|maxFileSize)/gm, '$1').replace(/^#( {2}|- )/gm, '$1').replace(/^(rules|ignore|environments): (\{\}|\[\])$/gm, '$1:');
    expect(parseConfig(uncommented).problems).toEqual([]);
    expect(parseConfig(uncommented).config).toMatchObject({ heatRelease: '19.0.2', maxFileSize: 10485760, ignore: ['vendor/**'] });
    expect(await cli(['--init'], dir)).toEqual({ status: 2, stdout: '', stderr: 'hot-lint: .hot-lint.yaml already exists here; it was left as it is.\n' });
    expect(existsSync(join(dir, '.hot-lint.yml'))).toBe(false);
  });

  it('--help lists every option of the table once, under its own heading', () => {
    for (const option of OPTIONS) expect(HELP.split(`--${option.name}`).length - 1, option.name).toBeGreaterThanOrEqual(1);
    const remote = HELP.slice(HELP.indexOf('\nRemote validation:'), HELP.indexOf('\nCommands:'));
    expect(remote).toContain('--remote');
    expect(remote).not.toContain('--list-rules');
    expect(remote).not.toContain('--no-suppressions');
    expect(HELP.split('\n').filter((line) => line.length > 92)).toEqual([]);
  });
});
