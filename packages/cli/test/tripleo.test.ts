import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

/**
 * TripleO (stable/queens) as its users deploy it: the *.j2.yaml files rendered by the tree's own
 * tools/process-templates.py (Debian's python3-jinja2), then the whole rendered tree linted with
 * the resource registry and environments `openstack overcloud deploy --templates` passes
 * (tripleo/deployment.hot-lint.yaml). Every error left must be one Heat 19 raises too: each is
 * listed, with Heat's reason, in tripleo/expected-errors.txt.
 */
const TREE = resolve(__dirname, '../../../../shared/corpus/tripleo-heat-templates-queens');
const HERE = resolve(__dirname, 'tripleo');

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
}

let out = '';
let report: { files: Array<{ path: string; diagnostics: Finding[] }> } | null = null;
let lintStderr = '';

beforeAll(() => {
  // One render and one lint per test run: the tests below read the same report.
  const dir = mkdtempSync(join(tmpdir(), 'hot-lint-tripleo-'));
  out = join(dir, 'out');
  const render = spawnSync('/usr/bin/python3', ['tools/process-templates.py', '-p', '.', '-o', out], {
    cwd: TREE,
    encoding: 'utf8',
  });
  if (render.status !== 0) throw new Error(`process-templates.py failed (is python3-jinja2 installed?):\n${render.stderr}`);
  cpSync(join(HERE, 'deployment.hot-lint.yaml'), join(out, '.hot-lint.yaml'));
  const lint = run(['-f', 'json', '.'], { cwd: out });
  lintStderr = lint.stderr;
  report = JSON.parse(lint.stdout);
}, 180_000);

afterAll(() => {
  if (out) rmSync(resolve(out, '..'), { recursive: true, force: true });
});

const errorLines = () =>
  report!.files.flatMap((f) =>
    f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${f.path}:${d.line} ${d.ruleId} ${d.message}`),
  );

const expected = () =>
  readFileSync(join(HERE, 'expected-errors.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

describe('TripleO queens, rendered and linted as deployed', () => {
  it('renders and lints the whole tree', () => {
    expect(existsSync(join(out, 'overcloud.yaml'))).toBe(true);
    expect(lintStderr).toBe('');
    expect(report!.files.length).toBeGreaterThan(800);
  });

  it('reports no error but those Heat 19 raises too', () => {
    expect(errorLines().sort()).toEqual(expected().sort());
  });

  it('reports each Jinja2 source of the unrendered tree once, never as YAML', () => {
    const sources = run(['-f', 'json', '**/*.j2.yaml'], { cwd: TREE });
    const files = (JSON.parse(sources.stdout) as typeof report)!.files;
    expect(files.length).toBeGreaterThan(30);
    const withTags = files.filter((f) => /\{%|\{\{/.test(readFileSync(join(TREE, f.path), 'utf8')));
    expect(withTags.length).toBeGreaterThan(30);
    for (const f of withTags) expect([f.path, f.diagnostics.map((d) => d.ruleId)]).toEqual([f.path, ['template-jinja2']]);
    expect(files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
  });
});
