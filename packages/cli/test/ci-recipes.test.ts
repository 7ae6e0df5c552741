import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseCliArgs } from '../src/args.js';

const page = readFileSync(resolve(__dirname, '../../../docs/ci.md'), 'utf8');
const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Reads YAML strictly: any error or warning (a duplicate key, a tab) fails. */
function read(text: string) {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  expect([...doc.errors, ...doc.warnings].map((e) => e.message)).toEqual([]);
  return doc.toJS() as Record<string, any>;
}

/** The hot-lint command lines of a script, as argv (what the shell would pass). */
function hotLintCommands(lines: string[]): string[][] {
  return lines
    .filter((line) => line.startsWith('hot-lint '))
    .map((line) => line.replace(/ \|\| true$/, '').split(' ').slice(1));
}

describe('docs/ci.md recipes', () => {
  it('has the two recipes', () => {
    expect(blocks).toHaveLength(2);
  });

  it('GitHub Actions: annotations, then SARIF uploaded to code scanning even when linting fails', () => {
    const workflow = read(blocks[0]!);
    expect(Object.keys(workflow)).toEqual(['name', 'on', 'permissions', 'jobs']);
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs['hot-lint'].steps as Array<Record<string, any>>;
    const runs = steps.filter((s) => s.run).map((s) => s.run as string);
    const commands = hotLintCommands(runs);
    expect(commands.map((argv) => parseCliArgs(argv).format)).toEqual(['github', 'sarif']);
    const sarif = parseCliArgs(commands[1]!);
    const upload = steps.find((s) => s.uses === 'github/codeql-action/upload-sarif@v3')!;
    expect(upload.if).toBe('always()');
    expect(upload.with.sarif_file).toBe(sarif.output);
    expect(steps.find((s) => s.run?.includes('--format sarif'))!.if).toBe('always()');
  });

  it('GitLab CI: a Code Quality report kept when the job fails', () => {
    const pipeline = read(blocks[1]!);
    const job = pipeline['hot-lint'];
    const commands = hotLintCommands(job.script);
    expect(commands.map((argv) => parseCliArgs(argv).format)).toEqual(['gitlab', 'stylish']);
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: parseCliArgs(commands[0]!).output } });
  });
});
