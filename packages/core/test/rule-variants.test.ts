import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint, lintTemplateFile, loadCatalog, NodeFileLoader, ProjectSession } from '../src/index.js';
import type { Diagnostic, RuleSetting } from '../src/index.js';

const HEAT_CATCHES = ['validate', 'create', 'output-show', 'never'];

describe('severity policy (CONTRIBUTING.md)', () => {
  const findings = allRules.flatMap(({ meta }) => [
    { key: meta.id, severity: meta.severity, heatCatches: meta.heatCatches },
    ...Object.entries(meta.variants ?? {}).map(([id, v]) => ({ key: `${meta.id}/${id}`, severity: v.severity, heatCatches: v.heatCatches })),
  ]);

  it('every rule and variant says when Heat catches the mistake', () => {
    for (const { key, heatCatches } of findings) expect(HEAT_CATCHES, key).toContain(heatCatches);
    for (const { meta } of allRules) {
      for (const [id, v] of Object.entries(meta.variants ?? {})) expect(v.description.endsWith('.'), `${meta.id}/${id}`).toBe(true);
    }
  });

  it('error only for what Heat rejects at validate, or what makes stack create fail', () => {
    const wrong = findings.filter((f) => f.severity === 'error' && f.heatCatches !== 'validate' && f.heatCatches !== 'create');
    expect(wrong).toEqual([]);
  });

  it('a rule whose errors Heat catches only at create is documented as stricter than validate', () => {
    const undocumented = allRules.filter(({ meta }) => meta.severity === 'error' && meta.heatCatches === 'create' && !meta.stricterThanHeat);
    expect(undocumented.map((r) => r.meta.id)).toEqual([]);
  });
});

describe('variants: findings with their own default severity', () => {
  const cloudFormation = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n';
  const notHot = 'resources: {}\n';
  const severities = (text: string, rules: Record<string, RuleSetting> = {}) =>
    lint(text, { rules })
      .filter((d) => d.ruleId === 'template-format')
      .map((d: Diagnostic) => `${d.severity}${d.variant ? ` ${d.variant}` : ''}`);

  it('a variant is reported at its own default severity and names itself', () => {
    expect(severities(cloudFormation)).toEqual(['info cloudformation']);
    expect(severities(notHot)).toEqual(['error']);
  });

  it("the rule's setting applies to every variant, even when it equals the rule's default", () => {
    expect(severities(cloudFormation, { 'template-format': 'error' })).toEqual(['error cloudformation']);
    expect(severities(cloudFormation, { 'template-format': 'warning' })).toEqual(['warning cloudformation']);
    expect(severities(cloudFormation, { 'template-format': 'off' })).toEqual([]);
  });

  it("a variant's own setting wins over the rule's", () => {
    expect(severities(cloudFormation, { 'template-format/cloudformation': 'warning' })).toEqual(['warning cloudformation']);
    expect(severities(cloudFormation, { 'template-format': 'error', 'template-format/cloudformation': 'off' })).toEqual([]);
    expect(severities(notHot, { 'template-format/cloudformation': 'off' })).toEqual(['error']);
    // The rule off, one variant on: only that variant is reported.
    expect(severities(cloudFormation, { 'template-format': 'off', 'template-format/cloudformation': 'info' })).toEqual(['info cloudformation']);
    expect(severities(notHot, { 'template-format': 'off', 'template-format/cloudformation': 'info' })).toEqual([]);
  });

  it('get_file outside the project root is an error when the configuration says error (it stayed a warning)', () => {
    const dir = resolve(__dirname, '../../../test-fixtures/get-file-missing');
    const run = (rules: Record<string, RuleSetting>) => {
      const session = new ProjectSession(new NodeFileLoader(dir), loadCatalog());
      const result = lintTemplateFile(session, join(dir, 'bad.yaml'), { environments: [], rules });
      return (result.diagnostics ?? []).filter((d) => d.ruleId === 'get-file-missing').map((d) => `${d.range.start.line + 1} ${d.severity} ${d.variant ?? ''}`.trim());
    };
    expect(run({})).toEqual(['6 error', '10 warning outside-root']);
    expect(run({ 'get-file-missing': 'error' })).toEqual(['6 error', '10 error outside-root']);
    expect(run({ 'get-file-missing/outside-root': 'info' })).toEqual(['6 error', '10 info outside-root']);
  });
});
