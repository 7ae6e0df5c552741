import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, offRules, runHere, runStableHere, tempDir, writeFiles } from './run.js';

const DUP = 'Duplicate key "description": Heat keeps only this last one and ignores the one on line 2.';
const DUPLICATE = 'heat_template_version: 2021-04-16\ndescription: first\ndescription: second\n';

/** A temp folder with files; `.hot-lint.yaml` gets every unstable rule turned off plus `rules`. */
function project(files: Record<string, string>, rules = '', extra = ''): string {
  const dir = tempDir();
  writeFiles(dir, files);
  writeFileSync(join(dir, '.hot-lint.yaml'), `rules:\n${offRules()}${rules}${extra}`);
  return dir;
}

describe('exit status', () => {
  it('is 0 for clean files, 1 for errors, 0 for warnings only', async () => {
    expect((await runStableHere(['clean.yaml'])).status).toBe(0);
    expect((await runStableHere(['bad-version.yaml'])).status).toBe(1);
    expect((await runStableHere(['duplicate.yaml'])).status).toBe(0);
  });

  it('--max-warnings fails only when warnings exceed it', async () => {
    expect((await runStableHere(['--max-warnings', '1', 'duplicate.yaml'])).status).toBe(0);
    const r = await runStableHere(['--max-warnings', '0', '-f', 'parseable', 'duplicate.yaml']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('hot-lint: 1 warnings, more than --max-warnings 0.\n');
  });

  it('--quiet reports errors only; --severity warning hides infos', async () => {
    expect(await runStableHere(['-q', '-f', 'parseable', 'duplicate.yaml'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect((await runStableHere(['--severity', 'error', '-f', 'parseable', 'duplicate.yaml'])).stdout).toBe('');
    expect((await runStableHere(['--severity', 'warning', '-f', 'parseable', 'duplicate.yaml'])).stdout).toBe(
      `duplicate.yaml:3:1: warning [duplicate-key] ${DUP}\n`,
    );
  });

  it('is 2 for usage errors, with one line and no stack', async () => {
    expect(await runHere(['--bogus'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: Unknown option "--bogus". Run hot-lint --help for the options.\n',
    });
    expect((await runHere(['-f', 'xml', 'clean.yaml'])).stderr).toBe(
      'hot-lint: Unknown format "xml"; use one of stylish, json, sarif, junit, github, gitlab, checkstyle, parseable.\n',
    );
    expect((await runHere(['--max-warnings', 'many'])).status).toBe(2);
    expect((await runHere(['--severity', 'fatal'])).status).toBe(2);
  });

  it('is 2 for a missing file, still linting the others', async () => {
    const r = await runStableHere(['-f', 'parseable', 'missing.yaml', 'duplicate.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('hot-lint: missing.yaml: no such file or directory.\n');
    expect(r.stdout).toBe(`duplicate.yaml:3:1: warning [duplicate-key] ${DUP}\n`);
  });

  it('is 2 for a file that cannot be read and a folder without permission', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything: check the message path with a directory given as a file instead
      const dir = project({ 'sub/x.yaml': DUPLICATE });
      const r = await runHere([join(dir, 'sub/x.yaml/')]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^hot-lint: .*sub\/x\.yaml\/: a part of the path is not a directory\.\n$/);
      return;
    }
    const dir = project({ 'secret.yaml': DUPLICATE, 'locked/a.yaml': DUPLICATE });
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    const r = await runHere(['secret.yaml', 'locked'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('hot-lint: secret.yaml: permission denied.\nhot-lint: locked: permission denied.\n');
  });

  it('is 2 for a binary file named on the command line, which is skipped quietly in a folder', async () => {
    const dir = project({ 'clean.yaml': 'heat_template_version: 2021-04-16\n' });
    writeFileSync(join(dir, 'image.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await runHere(['image.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: image.yaml: not a text file (a NUL byte at offset 4); not linted.\n',
    });
    expect(await runHere(['.'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('handles a closed pipe (hot-lint ... | head) without a crash', async () => {
    const many = project({});
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `t${i}.yaml`), DUPLICATE);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -f parseable . | head -n 1`], { cwd: many, encoding: 'utf8' });
    expect(r.stdout).toBe(`t0.yaml:3:1: warning [duplicate-key] ${DUP}\n`);
    expect(r.stderr).toBe('');
  });
});

describe('files, folders and globs', () => {
  it('lints templates in folders recursively, skipping other YAML, node_modules and .git', async () => {
    const dir = project({
      'a/one.yaml': DUPLICATE,
      'a/b/two.yml': DUPLICATE,
      'a/other.yaml': 'name: not heat\n',
      'a/env.yaml': 'parameters:\n  x: 1\n',
      'a/notes.txt': DUPLICATE,
      'node_modules/pkg/t.yaml': DUPLICATE,
      '.git/t.yaml': DUPLICATE,
    });
    const r = await runHere(['-f', 'parseable', 'a'], { cwd: dir });
    expect(r).toEqual({
      status: 0,
      stdout: `a/b/two.yml:3:1: warning [duplicate-key] ${DUP}\na/one.yaml:3:1: warning [duplicate-key] ${DUP}\n`,
      stderr: '',
    });
  });

  it('expands globs; a glob matching nothing is an error', async () => {
    const dir = project({ 'x/one.yaml': DUPLICATE, 'x/two.json': '{"heat_template_version": "2021-04-16"}' });
    const r = await runHere(['-f', 'parseable', 'x/*.yaml', '**/*.json'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: `x/one.yaml:3:1: warning [duplicate-key] ${DUP}\n`, stderr: '' });
    expect(await runHere(['nothing/*.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: nothing/*.yaml: no file matches this pattern.\n',
    });
  });

  it('notes a file named explicitly that is neither a template nor an environment file', async () => {
    const r = await runStableHere(['not-heat.yaml', 'env.yaml']);
    expect(r).toEqual({
      status: 0,
      stdout: '',
      stderr: 'hot-lint: not-heat.yaml: not a Heat template (no heat_template_version) nor a Heat environment file; skipped.\n',
    });
  });
});

describe('environments (-e) and nested templates', () => {
  const projectDir = join(FIXTURES, '../../../../test-fixtures/project-multi-file');

  it('lints the template against its environment, and the environment against the template', async () => {
    const r = await runHere(['-f', 'parseable', '-e', 'env.yaml', 'main.yaml'], { cwd: projectDir });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'main.yaml:9:3: warning [parameter-unset] Parameter "db_password" has no default and no environment sets it (consulted "env.yaml"); it must be given at stack create.',
      'main.yaml:15:5: warning [nested-template-properties] Property flavor is required by nested template "templates/web.yaml" (its parameter has no default) but is not set, and no environment\'s parameter_defaults sets it.',
      'main.yaml:17:7: error [nested-template-properties] Unknown Property flavour: nested template "templates/web.yaml" has no parameter "flavour". Did you mean "flavor"?',
      'main.yaml:32:27: error [get-file-missing] get_file path "scripts/missing.sh" cannot be read: it does not exist.',
      'main.yaml:34:11: error [resource-type-unknown] The Resource Type (Cyc::A) could not be found: the resource_registry maps it in a cycle (Cyc::A -> Cyc::B -> Cyc::A).',
      'main.yaml:37:30: error [nested-template-attributes] The Referenced Attribute (web first_address) is incorrect: nested template "templates/web.yaml" has no output "first_address".',
      'env.yaml:3:3: error [environment-parameter-undeclared] The Parameter (region) was not defined in template.',
      'env.yaml:8:11: warning [environment-merge-strategy] Unknown merge strategy "deepmerge" for "flavor"; Heat silently uses the default strategy. Valid: overwrite, merge, deep_merge. Did you mean "deep_merge"?',
      'env.yaml:12:3: error [environment-registry] Registry cycle: Cyc::A -> Cyc::B -> Cyc::A.',
      '',
    ]);
    expect(r.status).toBe(1);
  });

  it('without the environment, the custom types are unknown, reported once each', async () => {
    const r = await runHere(['-f', 'parseable', '--severity', 'error', 'main.yaml'], { cwd: projectDir });
    expect(r.stdout.split('\n').filter((l) => l.includes('resource-type-unknown'))).toEqual([
      'main.yaml:14:11: error [resource-type-unknown] The Resource Type (My::WebServer) could not be found.',
      'main.yaml:24:11: error [resource-type-unknown] The Resource Type (OS::Project::Monitoring) could not be found.',
      'main.yaml:34:11: error [resource-type-unknown] The Resource Type (Cyc::A) could not be found.',
    ]);
  });

  it('reports an environment file that cannot be read once, with exit status 2', async () => {
    const r = await runHere(['-f', 'parseable', '-e', 'missing-env.yaml', 'main.yaml'], { cwd: projectDir });
    expect(r.stderr).toBe('hot-lint: missing-env.yaml: cannot read the environment file: no such file or directory.\n');
    expect(r.status).toBe(2);
  });
});

describe('configuration', () => {
  it('is found by walking up from each file; the nearest one wins', async () => {
    const dir = project({ 'a/t.yaml': DUPLICATE, 'b/c/t.yaml': DUPLICATE }, '  duplicate-key: error\n');
    writeFileSync(join(dir, 'b', '.hot-lint.yml'), `rules:\n${offRules()}  duplicate-key: off\n`);
    const r = await runHere(['-f', 'parseable', '.'], { cwd: dir });
    expect(r).toEqual({ status: 1, stdout: `a/t.yaml:3:1: error [duplicate-key] ${DUP}\n`, stderr: '' });
  });

  it('--config replaces discovery', async () => {
    const dir = project({ 't.yaml': DUPLICATE }, '  duplicate-key: error\n');
    writeFileSync(join(dir, 'other.yaml'), `rules:\n${offRules()}  duplicate-key: info\n`);
    const r = await runHere(['-f', 'parseable', '-c', 'other.yaml', 't.yaml'], { cwd: dir });
    expect(r.stdout).toBe(`t.yaml:3:1: info [duplicate-key] ${DUP}\n`);
  });

  it('ignore globs are relative to the configuration file, also for files named explicitly', async () => {
    const dir = project({ 'vendor/t.yaml': DUPLICATE, 'gen/x.yaml': DUPLICATE, 't.yaml': DUPLICATE }, '', 'ignore:\n  - vendor\n  - "gen/*.yaml"\n');
    const r = await runHere(['-f', 'parseable', '.', 'vendor/t.yaml'], { cwd: dir });
    expect(r.stdout).toBe(`t.yaml:3:1: warning [duplicate-key] ${DUP}\n`);
  });

  it('a bad configuration is exit status 2 with file:line:col messages, and nothing is linted', async () => {
    const dir = project({ 't.yaml': DUPLICATE });
    writeFileSync(
      join(dir, '.hot-lint.yaml'),
      'rules:\n  duplicate-kye: error\n  yaml-syntax: fatal\nignore: vendor\ncatalogue: 19.0.0\ncatalog: 9.0.0\nenvironments:\n  - templates: "*.yaml"\n    file: [env.yaml]\n',
    );
    expect(await runHere(['t.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: [
        'hot-lint: .hot-lint.yaml:2:3: Unknown rule "duplicate-kye". Did you mean "duplicate-key"?',
        'hot-lint: .hot-lint.yaml:3:16: The setting of rule "yaml-syntax" must be error, warning, info or off, not "fatal".',
        'hot-lint: .hot-lint.yaml:4:9: "ignore" must be a list of globs.',
        'hot-lint: .hot-lint.yaml:5:1: Unknown configuration key "catalogue". Did you mean "catalog"? Known keys: rules, ignore, environments, heatRelease, catalog, maxFileSize, cache.',
        'hot-lint: .hot-lint.yaml:6:10: There is no catalog for Heat "9.0.0"; a release is a series (queens … 2026.1), a major number (10 … 26) or a version such as 26.0.1, or a file is a path ending in .json.',
        'hot-lint: .hot-lint.yaml:9:5: Unknown key "file" in an environments item. Did you mean "files"? Expected templates and files.',
        'hot-lint: .hot-lint.yaml:8:5: This environments item has no "files" list.',
        '',
      ].join('\n'),
    });
  });

  it('--list-rules shows the effective settings; --explain prints the docs', async () => {
    const dir = project({}, '  duplicate-key: error\n');
    const lines = (await runHere(['--list-rules'], { cwd: dir })).stdout.split('\n');
    const variantsDir = tempDir();
    writeFileSync(join(variantsDir, '.hot-lint.yaml'), 'rules:\n  get-file-missing: error\n  nested-template-missing/outside-root: off\n');
    const variantLines = (await runHere(['--list-rules'], { cwd: variantsDir })).stdout.split('\n');
    // The rule's setting covers its variants; a variant's own setting wins.
    expect(variantLines.find((l) => l.startsWith('get-file-missing/outside-root '))).toMatch(/^get-file-missing\/outside-root +error +yes +project +The path is outside the project root/);
    expect(variantLines.find((l) => l.startsWith('nested-template-missing/outside-root '))).toMatch(/^nested-template-missing\/outside-root +warning +no +project /);
    expect(variantLines.find((l) => l.startsWith('get-attr-undefined/hidden-attribute '))).toMatch(/^get-attr-undefined\/hidden-attribute +warning +yes +references /);
    expect(lines[0]).toMatch(/^RULE +SEVERITY +ENABLED +AREA +DESCRIPTION$/);
    expect(lines.find((l) => l.startsWith('duplicate-key '))).toMatch(/^duplicate-key +error +yes +syntax +A mapping must not repeat a key/);
    expect(lines.find((l) => l.startsWith('template-version '))).toMatch(/^template-version +error +yes +template +heat_template_version must/);
    const explained = await runHere(['--explain', 'duplicate-key']);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toMatch(/^# duplicate-key\n\nA mapping must not repeat a key: Heat silently keeps only the last one\.\n\nSeverity: warning\. Area: syntax\. On by default\.\nHeat catches it: never\.\n\nHeat reads templates with PyYAML/);
    expect((await runHere(['--explain', 'get-file-missing'])).stdout).toContain(
      '\nVariants (configured as get-file-missing/<variant>):\n  get-file-missing/outside-root: warning, Heat catches it: create. The path is outside the project root',
    );
    expect(await runHere(['--explain', 'duplicate-kye'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: Unknown rule "duplicate-kye". Did you mean "duplicate-key"? Run hot-lint --list-rules for the rules.\n',
    });
  });

  it('--version and --help', async () => {
    expect(await runHere(['--version'])).toEqual({ status: 0, stdout: 'hot-lint 0.1.0 (Heat 26 (2026.1), catalog 26.0.1)\n', stderr: '' });
    expect(await runHere(['--version', '--heat-release', 'train'])).toEqual({ status: 0, stdout: 'hot-lint 0.1.0 (Heat 13 (train), catalog 13.1.0)\n', stderr: '' });
    expect(await runHere(['--version', '--heat-release', 'train,2024.1'])).toEqual({
      status: 0,
      stdout: 'hot-lint 0.1.0 (Heat 13 (train) … Heat 22 (2024.1), catalog 13.1.0)\n',
      stderr: '',
    });
    expect(await runHere(['--version', '--heat-release', 'kilo'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'hot-lint: --heat-release: There is no catalog for Heat "kilo"; heatRelease is a series (queens … 2026.1), a major number (10 … 26) or a version such as 26.0.1, or a range [from, to] of them.\n',
    });
    const help = await runHere(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hot-lint \[options\]/);
  });
});

describe('suppressions', () => {
  const SUPPRESSED = [
    'heat_template_version: 2021-04-16',
    'description: first',
    '# hot-lint-disable-next-line duplicate-key -- generated',
    'description: second',
    'outputs: {}  # hot-lint-disable-line duplicate-key',
    '',
  ].join('\n');

  it('suppress the finding on their line and report a comment that suppresses nothing', async () => {
    const dir = project({ 't.yaml': SUPPRESSED });
    expect(await runHere(['-f', 'parseable', 't.yaml'], { cwd: dir })).toEqual({
      status: 0,
      stdout:
        't.yaml:5:14: warning [unused-suppression] This "hot-lint-disable-line" comment suppresses nothing (no "duplicate-key" finding on its line): remove it.\n',
      stderr: '',
    });
  });

  it('--no-suppressions reports everything', async () => {
    const dir = project({ 't.yaml': SUPPRESSED });
    expect((await runHere(['-f', 'parseable', '--no-suppressions', 't.yaml'], { cwd: dir })).stdout).toBe(
      `t.yaml:4:1: warning [duplicate-key] ${DUP}\n`,
    );
  });

  it('a file-level comment without rules suppresses everything', async () => {
    const dir = project({ 't.yaml': `# hot-lint-disable\n${DUPLICATE.replace('2021-04-16', '2021-01-03')}` });
    expect(await runHere(['t.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('--fix', () => {
  it('applies the certain fix atomically, keeps the file mode and reports what is left', async () => {
    const dir = project({});
    const file = join(dir, 't.yaml');
    copyFileSync(join(FIXTURES, 'bad-version.yaml'), file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('description: A version Heat does not know.', 'description: a\ndescription: b'));
    chmodSync(file, 0o640);
    const r = await runHere(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r).toEqual({
      status: 0,
      stdout: 't.yaml:3:1: warning [duplicate-key] Duplicate key "description": Heat keeps only this last one and ignores the one on line 2.\n',
      stderr: 'hot-lint: t.yaml: fixed 1 problem.\n',
    });
    expect(readFileSync(file, 'utf8')).toBe('heat_template_version: 2021-04-16\ndescription: a\ndescription: b\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect((await runHere(['--fix', 't.yaml'], { cwd: dir })).stderr).toBe('');
  });

  it('never touches a file with a YAML syntax error', async () => {
    const dir = project({});
    const text = 'heat_template_version: 2021-01-03\nparameters:\n\tx: 1\n';
    writeFileSync(join(dir, 't.yaml'), text);
    const r = await runHere(['--fix', '-f', 'parseable', 't.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, 't.yaml'), 'utf8')).toBe(text);
  });
});

describe('maximum file size', () => {
  const size = Buffer.byteLength(DUPLICATE);

  it('--max-file-size refuses a larger file with exit status 2, and overrides the configuration', async () => {
    const dir = project({ 't.yaml': DUPLICATE }, '', 'maxFileSize: 1000000\n');
    expect(await runHere(['--max-file-size', '40', '-f', 'parseable', 't.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: `hot-lint: t.yaml: too large to lint (${size} bytes; the limit is 40 bytes).\n`,
    });
    expect((await runHere(['--max-file-size', String(size), '-q', '-f', 'parseable', 't.yaml'], { cwd: dir })).status).toBe(0);
  });

  it('maxFileSize in the configuration applies; a bad value is a positioned configuration error', async () => {
    const dir = project({ 't.yaml': DUPLICATE }, '', 'maxFileSize: 40\n');
    expect((await runHere(['-f', 'parseable', 't.yaml'], { cwd: dir })).stderr).toBe(
      `hot-lint: t.yaml: too large to lint (${size} bytes; the limit is 40 bytes).\n`,
    );
    writeFileSync(join(dir, '.hot-lint.yaml'), 'maxFileSize: 10MB\n');
    expect(await runHere(['t.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: .hot-lint.yaml:1:14: "maxFileSize" must be a whole number of bytes greater than 0, such as 1048576.\n',
    });
  });

  it('--max-file-size takes a whole number of bytes', async () => {
    expect(await runHere(['--max-file-size', '1k', 'clean.yaml'])).toEqual({
      status: 2,
      stdout: '',
      stderr: expect.stringContaining('hot-lint: --max-file-size needs a whole number of bytes greater than 0, not "1k".'),
    });
  });
});

describe.each([
  ['the installed command', 'bin/hot-lint.cjs'],
  ['the pre-commit command (the committed single-module build)', 'hook/hot-lint.mjs'],
])('%s (%s)', (_, launcherPath) => {
  it('prints exactly what the compiled modules print, with the same exit status', async () => {
    const launcher = join(BIN, '../..', launcherPath);
    const projectDir = join(FIXTURES, '../../../../test-fixtures/project-multi-file');
    const args = ['-f', 'parseable', '-e', 'env.yaml', 'main.yaml'];
    const viaModules = await runHere(args, { cwd: projectDir });
    const viaLauncher = spawnSync(process.execPath, [launcher, ...args], { cwd: projectDir, encoding: 'utf8' });
    expect({ status: viaLauncher.status, stdout: viaLauncher.stdout, stderr: viaLauncher.stderr }).toEqual(viaModules);
    expect(viaModules.status).toBe(1);
  });
});

describe('nothing to lint', () => {
  it('says so, so that a mistyped folder is not mistaken for a clean run', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'not-heat.yaml'), 'a: 1\n');
    expect(await runHere(['empty'], { cwd: dir })).toEqual({
      status: 0,
      stdout: '',
      stderr: 'hot-lint: no Heat templates or environment files found in empty.\n',
    });
  });
});

describe('heatRelease', () => {
  const TEMPLATE = 'heat_template_version: 2018-08-31\nresources:\n  net:\n    type: OS::Neutron::Net\n    properties:\n      availability_zone_hints: [nova]\n';
  const HINTS = 'Unknown Property "availability_zone_hints" (resources.net.properties): OS::Neutron::Net has no such property. It was added in Heat 19 (zed)';

  it('a range in the configuration names the releases where a finding fails; --heat-release wins', async () => {
    const dir = project({ 't.yaml': TEMPLATE });
    writeFileSync(join(dir, '.hot-lint.yaml'), 'heatRelease: [train, 2024.1]\n');
    expect(await runHere(['-f', 'parseable', 't.yaml'], { cwd: dir })).toEqual({
      status: 1,
      stdout: `t.yaml:6:7: error [property-unknown] ${HINTS}. Fails on Heat 13 (train) … Heat 18 (yoga).\n`,
      stderr: '',
    });
    expect((await runHere(['--version'], { cwd: dir })).stdout).toBe('hot-lint 0.1.0 (Heat 13 (train) … Heat 22 (2024.1), catalog 13.1.0)\n');
    expect((await runHere(['-f', 'parseable', '--heat-release', 'wallaby', 't.yaml'], { cwd: dir })).stdout).toBe(
      `t.yaml:6:7: error [property-unknown] ${HINTS}; this is Heat 16 (wallaby).\n`,
    );
    expect(await runHere(['-f', 'parseable', '--heat-release', '2023.1', 't.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('a bad heatRelease is a configuration error with its position', async () => {
    const dir = project({ 't.yaml': TEMPLATE });
    writeFileSync(join(dir, '.hot-lint.yaml'), 'rules: {}\nheatRelease: [train, ussuri, zed]\n');
    expect(await runHere(['t.yaml'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: .hot-lint.yaml:2:14: A heatRelease range is a list of two releases, [from, to], not 3.\n',
    });
    writeFileSync(join(dir, '.hot-lint.yaml'), 'heatRelease: liberty\n');
    expect((await runHere(['t.yaml'], { cwd: dir })).stderr).toBe(
      'hot-lint: .hot-lint.yaml:1:14: There is no catalog for Heat "liberty"; a release is a series (queens … 2026.1), a major number (10 … 26) or a version such as 26.0.1.\n',
    );
  });
});
