import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './run.js';

/**
 * The hooks of .pre-commit-hooks.yaml, installed by pre-commit itself from a clone of this
 * checkout, in a throwaway repository's commits. The hooks run the committed single-module
 * command (language: script), so installing them is a clone and nothing else.
 */
const repoRoot = resolve(__dirname, '../../..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const hasGitCheckout = spawnSync('git', ['rev-parse', '--git-dir'], { cwd: repoRoot }).status === 0;
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'hot-lint test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'hot-lint test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function must(command: string, args: string[], cwd: string): string {
  const r = sh(command, args, cwd);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.output}`);
  return r.output;
}

/** This checkout as it is now (tracked and new files), committed in a clone, so the test does not depend on what has been committed here. */
function cloneCheckout(temp: string): { path: string; rev: string } {
  const hook = join(temp, 'hook');
  must('git', ['clone', '-q', repoRoot, hook], temp);
  const files = must('git', ['ls-files', '-co', '--exclude-standard', '-z'], repoRoot).split('\0').filter(Boolean);
  const tar = spawnSync('sh', ['-c', `tar --null -T - -cf - | tar -xf - -C "${hook}"`], { cwd: repoRoot, input: files.join('\0') });
  if (tar.status !== 0) throw new Error(`copying the checkout failed: ${tar.stderr}`);
  must('git', ['add', '-A'], hook);
  must('git', ['commit', '-q', '--allow-empty', '-m', 'working tree'], hook);
  return { path: hook, rev: must('git', ['rev-parse', 'HEAD'], hook).trim() };
}

if (!hasPreCommit || !hasGitCheckout) {
  describe('pre-commit hook', () => {
    it.skip(`needs ${hasPreCommit ? 'a git checkout of hot-lint' : 'pre-commit (apt-get install pre-commit)'}`, () => {});
  });
} else {
  describe('pre-commit hook', () => {
    it('refuses a commit with a bad template, showing the finding, and accepts a good one', { timeout: 600_000 }, () => {
      const temp = tempDir();
      const { path: hook, rev } = cloneCheckout(temp);

      const project = join(temp, 'project');
      mkdirSync(project);
      must('git', ['init', '-q'], project);
      writeFileSync(
        join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: hot-lint\n`,
      );
      const env = { PRE_COMMIT_HOME: join(temp, 'pre-commit-home') };
      expect(sh('pre-commit', ['install'], project, env).status).toBe(0);
      // The first install, as a new user sees it (a figure for the closing note, not an assertion).
      const started = process.hrtime.bigint();
      const installed = sh('pre-commit', ['install-hooks'], project, env);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      console.log(`pre-commit first install (install-hooks): ${seconds.toFixed(2)} s`);
      expect(installed.status, installed.output).toBe(0);

      // Four bad templates: without require_serial, pre-commit would split them across processes.
      for (const name of ['a', 'b', 'c', 'd']) {
        writeFileSync(join(project, `${name}.yaml`), 'heat_template_version: 2021-01-03\ndescription: A stack.\n');
      }
      writeFileSync(join(project, 'other.yaml'), 'not: a template\n');
      // Never candidates: not passed to hot-lint, which would otherwise say it skipped them.
      writeFileSync(join(project, 'package.json'), '{"name": "x"}\n');
      mkdirSync(join(project, '.github/workflows'), { recursive: true });
      writeFileSync(join(project, '.github/workflows/ci.yml'), 'on: push\n');
      must('git', ['add', '.'], project);
      const refused = sh('git', ['commit', '-m', 'bad'], project, env);
      expect(refused.output).toMatch(/hot-lint \(OpenStack Heat templates\)\.+Failed/);
      for (const name of ['a', 'b', 'c', 'd']) {
        expect(refused.output).toContain(`${name}.yaml\n  1:24  error    "2021-01-03" is not a HOT template version. Did you mean "2021-04-16"?`);
      }
      expect(refused.output).toContain('other.yaml: not a Heat template');
      expect(refused.output).not.toContain('package.json');
      expect(refused.output).not.toContain('ci.yml');
      expect(refused.output.match(/problems? \(/g)).toEqual(['problems (']);
      expect(refused.status).not.toBe(0);

      for (const name of ['a', 'b', 'c', 'd']) {
        writeFileSync(join(project, `${name}.yaml`), 'heat_template_version: 2021-04-16\ndescription: A stack.\n');
      }
      must('git', ['add', '.'], project);
      const accepted = sh('git', ['commit', '-m', 'good'], project, env);
      expect(accepted.output).toMatch(/hot-lint \(OpenStack Heat templates\)\.+Passed/);
      expect(accepted.status).toBe(0);
    });

    it('the project hook lints the templates an environment change affects', { timeout: 600_000 }, () => {
      const temp = tempDir();
      const hook = cloneCheckout(temp);
      const project = join(temp, 'project');
      mkdirSync(join(project, 'env'), { recursive: true });
      must('git', ['init', '-q'], project);
      writeFileSync(
        join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${hook.path}\n    rev: ${hook.rev}\n    hooks:\n      - id: hot-lint-project\n`,
      );
      writeFileSync(join(project, '.hot-lint.yaml'), 'environments:\n  - templates: stack.yaml\n    files: [env/prod.yaml]\n');
      writeFileSync(
        join(project, 'stack.yaml'),
        'heat_template_version: 2021-04-16\nparameters:\n  size:\n    type: number\nresources: {}\noutputs:\n  size:\n    value: {get_param: size}\n',
      );
      writeFileSync(join(project, 'env/prod.yaml'), 'parameters:\n  size: 3\n');
      const env = { PRE_COMMIT_HOME: join(temp, 'pre-commit-home') };
      expect(sh('pre-commit', ['install'], project, env).status).toBe(0);
      must('git', ['add', '.'], project);
      const first = sh('git', ['commit', '-m', 'first'], project, env);
      expect(first.output).toMatch(/whole project\)\.+Passed/);
      expect(first.status).toBe(0);

      // Only the environment changes; the template it is bound to is linted with it.
      writeFileSync(join(project, 'env/prod.yaml'), 'parameters:\n  size: three\n');
      must('git', ['add', '.'], project);
      const refused = sh('git', ['commit', '-m', 'bad value'], project, env);
      expect(refused.output).toMatch(/whole project\)\.+Failed/);
      expect(refused.output).toMatch(/env\/prod\.yaml\n  2:9  error    /);
      expect(refused.status).not.toBe(0);
    });
  });
}
