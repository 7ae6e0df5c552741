import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './run.js';

const corpus = resolve(__dirname, '../../../../shared/corpus/heat-templates');

/**
 * A project with everything a run shares between files: nested templates used by many
 * templates, environments bound by the configuration and given with -e, findings in
 * templates, nested files and environments.
 */
function project(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'nested'));
  mkdirSync(join(dir, 'env'));
  mkdirSync(join(dir, 'stacks'));
  for (let n = 0; n < 6; n++) {
    writeFileSync(
      join(dir, 'nested', `role${n}.yaml`),
      `heat_template_version: 2021-04-16\nparameters:\n  name: {type: string}\nresources:\n  none: {type: OS::Heat::None}\noutputs:\n  id: {value: {get_resource: nonee}}\n`,
    );
  }
  for (let e = 0; e < 4; e++) {
    writeFileSync(join(dir, 'env', `env${e}.yaml`), `parameter_defaults:\n  name: stack${e}\n  unused${e}: 1\nresource_registry:\n  My::Role${e}: ../nested/role${e}.yaml\n`);
  }
  for (let t = 0; t < 60; t++) {
    writeFileSync(
      join(dir, 'stacks', `stack${String(t).padStart(2, '0')}.yaml`),
      `heat_template_version: 2021-04-16\nparameters:\n  name: {type: string}\nresources:\n  role:\n    type: My::Role${t % 4}\n    properties: {name: {get_param: name}, size: ${t}}\n  direct:\n    type: ../nested/role${t % 6}.yaml\n    properties: {name: x}\n  server:\n    type: OS::Nova::Server\n    properties: {flavour: m1.small, image: {get_param: nme}}\noutputs:\n  id: {value: {get_attr: [rol, id]}}\n`,
    );
  }
  writeFileSync(join(dir, '.hot-lint.yaml'), `environments:\n  - templates: "stacks/stack1*.yaml"\n    files: [env/env1.yaml]\n  - templates: "stacks/stack2*.yaml"\n    files: [env/env2.yaml, env/env3.yaml]\n`);
  return dir;
}

/** About `bytes` of YAML comment lines. */
function padding(bytes: number): string {
  return `# ${'x'.repeat(97)}\n`.repeat(Math.ceil(bytes / 100));
}

describe('linting in worker threads', () => {
  it('reports exactly what the sequential run reports, with any number of workers', () => {
    const dir = project();
    const args = ['-f', 'json', '-e', 'env/env0.yaml', '.'];
    const sequential = run(args, { cwd: dir, env: { HOT_LINT_WORKERS: '0', HOT_LINT_DEBUG: '' } });
    expect(sequential.status).toBe(1);
    const report = JSON.parse(sequential.stdout) as { files: Array<{ path: string; diagnostics: unknown[] }> };
    expect(report.files.length).toBe(60 + 6 + 4);
    expect(report.files.filter((f) => f.diagnostics.length > 0).length).toBeGreaterThan(60);
    for (const workers of ['1', '2', '3']) {
      const parallel = run(args, { cwd: dir, env: { HOT_LINT_WORKERS: workers, HOT_LINT_DEBUG: '1' } });
      expect(parallel.stdout).toBe(sequential.stdout);
      expect(parallel.status).toBe(sequential.status);
      const debug = parallel.stderr.match(/^hot-lint: debug: (\d+) worker\(s\) linted (\d+) of (\d+) files\.$/m);
      expect(debug?.slice(1, 2)).toEqual([workers]);
      expect(Number(debug![2])).toBeGreaterThan(0);
      expect(Number(debug![3])).toBe(71 + 4); // the 71 files found (.hot-lint.yaml among them), then the 4 environments
    }
  });

  it('leaves a few files to the main thread alone (no worker started)', () => {
    const dir = project();
    const r = run(['-f', 'json', 'stacks/stack00.yaml', 'stacks/stack01.yaml'], { cwd: dir, env: { HOT_LINT_DEBUG: '1' } });
    expect(r.stderr).not.toContain('worker');
  });

  it('starts no worker for a folder of a few files', () => {
    const dir = tempDir();
    for (let t = 0; t < 3; t++) writeFileSync(join(dir, `t${t}.yaml`), `heat_template_version: 2021-04-16\noutputs:\n  o: {value: {get_param: p${t}}}\n`);
    const expected = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
    expect(JSON.parse(expected.stdout).files.length).toBe(3);
    const r = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '', HOT_LINT_DEBUG: '1' } });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).not.toContain('worker');
  });

  it('starts no worker for many files of few bytes', () => {
    // 40 files of 365 KB, as the public corpus: a worker's start-up would cost more than it saves.
    const dir = tempDir();
    for (let t = 0; t < 40; t++) writeFileSync(join(dir, `t${t}.yaml`), `heat_template_version: 2021-04-16\n${padding(9_000)}outputs:\n  o: {value: {get_param: p${t}}}\n`);
    const expected = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
    expect(JSON.parse(expected.stdout).files.length).toBe(40);
    const r = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '', HOT_LINT_DEBUG: '1' } });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).not.toContain('worker');
  });

  it.skipIf(availableParallelism() < 2)('starts a worker for a few files of many bytes', () => {
    const dir = tempDir();
    for (let t = 0; t < 3; t++) writeFileSync(join(dir, `t${t}.yaml`), `heat_template_version: 2021-04-16\n${padding(3_000_000)}outputs:\n  o: {value: {get_param: p${t}}}\n`);
    const expected = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
    const r = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '', HOT_LINT_DEBUG: '1' } });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stderr).toMatch(/^hot-lint: debug: 1 worker\(s\) linted \d+ of 3 files\.\n$/);
  });

  it('ends the workers it started early when the folder has fewer files to lint than it looked, with the same report', () => {
    const dir = tempDir();
    for (let t = 0; t < 3; t++) writeFileSync(join(dir, `t${t}.yaml`), `heat_template_version: 2021-04-16\noutputs:\n  o: {value: {get_param: p${t}}}\n`);
    mkdirSync(join(dir, 'vendor'));
    for (let t = 0; t < 30; t++) writeFileSync(join(dir, 'vendor', `v${t}.yaml`), `heat_template_version: 2021-04-16\n${padding(300_000)}`);
    writeFileSync(join(dir, '.hot-lint.yaml'), 'ignore: ["vendor/**"]\n');
    const expected = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
    expect(JSON.parse(expected.stdout).files.map((f: { path: string }) => f.path)).toEqual(['t0.yaml', 't1.yaml', 't2.yaml']);
    const r = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '', HOT_LINT_DEBUG: '1' } });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.status).toBe(expected.status);
    expect(r.stderr).toMatch(/^hot-lint: debug: \d+ worker\(s\) started early, not used for \d+ files\.\n$/);
  });

  it('leaves the files of a worker that fails to the main thread, with the same report', () => {
    // The command as it ships (bin/ and the bundles of dist/), with a worker that dies on start.
    // The copy sits inside packages/cli so that @hot-lint/core (its Heat data) still resolves.
    const install = mkdtempSync(join(resolve(__dirname, '..'), '.tmp-parallel-'));
    try {
      const shipped = (JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')) as { files: string[] }).files;
      for (const path of [...shipped, 'package.json']) cpSync(resolve(__dirname, '..', path), join(install, path), { recursive: true });
      writeFileSync(join(install, 'dist/lint-worker.bundle.cjs'), 'throw new Error("broken worker");\n');
      const dir = project();
      const expected = run(['-f', 'json', '.'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
      const r = spawnSync(process.execPath, [join(install, 'bin/hot-lint.cjs'), '-f', 'json', '.'], {
        cwd: dir,
        env: { ...process.env, HOT_LINT_WORKERS: '2', HOT_LINT_DEBUG: '1' },
        encoding: 'utf8',
      });
      expect(r.stdout).toBe(expected.stdout);
      expect(r.stderr).toBe('hot-lint: debug: 2 worker(s) linted 0 of 75 files.\n');
    } finally {
      rmSync(install, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(corpus))('gives the same report on the public corpus, compiled modules and shipped bundles alike', () => {
    const dir = tempDir();
    cpSync(corpus, join(dir, 'corpus'), { recursive: true });
    const sequential = run(['-f', 'json', 'corpus'], { cwd: dir, env: { HOT_LINT_WORKERS: '0' } });
    const parallel = run(['-f', 'json', 'corpus'], { cwd: dir, env: { HOT_LINT_WORKERS: '2' } });
    expect(JSON.parse(sequential.stdout).files.length).toBeGreaterThan(100);
    expect(parallel.stdout).toBe(sequential.stdout);
    const shipped = spawnSync(process.execPath, [resolve(__dirname, '../bin/hot-lint.cjs'), '-f', 'json', 'corpus'], {
      cwd: dir,
      env: { ...process.env, HOT_LINT_WORKERS: '2', HOT_LINT_DEBUG: '1' },
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(shipped.stdout).toBe(sequential.stdout);
    expect(shipped.stderr).toMatch(/^hot-lint: debug: 2 worker\(s\) linted [1-9]\d* of \d+ files\.$/m);
  });
});
