import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './run.js';

/**
 * The hook of .pre-commit-hooks.yaml, installed the way pre-commit installs it (npm install,
 * npm pack and npm install -g of this repository), in a throwaway repository's commits.
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

if (!hasPreCommit || !hasGitCheckout) {
  describe('pre-commit hook', () => {
    it.skip(`needs ${hasPreCommit ? 'a git checkout of hot-lint' : 'pre-commit (apt-get install pre-commit)'}`, () => {});
  });
} else {
  describe('pre-commit hook', () => {
    it('refuses a commit with a bad template, showing the finding, and accepts a good one', { timeout: 600_000 }, () => {
      const temp = tempDir();
      // This checkout as it is now (tracked and new files), committed in a clone, so the test
      // does not depend on what has been committed here.
      const hook = join(temp, 'hook');
      must('git', ['clone', '-q', repoRoot, hook], temp);
      const files = must('git', ['ls-files', '-co', '--exclude-standard', '-z'], repoRoot).split('\0').filter(Boolean);
      const tar = spawnSync('sh', ['-c', `tar --null -T - -cf - | tar -xf - -C "${hook}"`], {
        cwd: repoRoot,
        input: files.join('\0'),
      });
      expect(tar.status).toBe(0);
      must('git', ['add', '-A'], hook);
      must('git', ['commit', '-q', '--allow-empty', '-m', 'working tree'], hook);
      const rev = must('git', ['rev-parse', 'HEAD'], hook).trim();

      const project = join(temp, 'project');
      mkdirSync(project);
      must('git', ['init', '-q'], project);
      writeFileSync(
        join(project, '.pre-commit-config.yaml'),
        `repos:\n  - repo: ${hook}\n    rev: ${rev}\n    hooks:\n      - id: hot-lint\n`,
      );
      const env = { PRE_COMMIT_HOME: join(temp, 'pre-commit-home') };
      expect(sh('pre-commit', ['install'], project, env).status).toBe(0);

      writeFileSync(join(project, 'stack.yaml'), 'heat_template_version: 2021-01-03\ndescription: A stack.\n');
      writeFileSync(join(project, 'other.yaml'), 'not: a template\n');
      must('git', ['add', '.'], project);
      const refused = sh('git', ['commit', '-m', 'bad'], project, env);
      expect(refused.output).toMatch(/hot-lint \(OpenStack Heat templates\)\.+Failed/);
      expect(refused.output).toContain('stack.yaml\n  1:24  error    "2021-01-03" is not a HOT template version. Did you mean "2021-04-16"?');
      expect(refused.status).not.toBe(0);

      writeFileSync(join(project, 'stack.yaml'), 'heat_template_version: 2021-04-16\ndescription: A stack.\n');
      must('git', ['add', '.'], project);
      const accepted = sh('git', ['commit', '-m', 'good'], project, env);
      expect(accepted.output).toMatch(/hot-lint \(OpenStack Heat templates\)\.+Passed/);
      expect(accepted.status).toBe(0);
    });
  });
}
