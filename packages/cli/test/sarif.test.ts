import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runStableHere } from './run.js';
import type { RunResult } from './run.js';

const require = createRequire(import.meta.url);
// Paths are relative to the repository's root (the checkout holding the fixtures), not the working folder.
const REPOSITORY = resolve(FIXTURES, '../../../..');
const FROM_ROOT = 'packages/cli/test/fixtures';

describe('sarif', () => {
  let r: RunResult;
  // A SARIF log: the schema test below checks its shape.
  let log: any;
  beforeAll(async () => {
    r = await runStableHere(['-f', 'sarif', 'broken.yaml', 'duplicate.yaml', 'clean.yaml']);
    log = JSON.parse(r.stdout);
  });

  it('validates against the SARIF 2.1.0 schema', async () => {
    // The OASIS schema (draft-04), as shipped by @microsoft/jest-sarif.
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const Ajv = require('ajv-draft-04');
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(r.status).toBe(1);
  });

  it('has the rules metadata and results with relative locations', async () => {
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(REPOSITORY).href}/` } });
    const rules = run.tool.driver.rules;
    expect(run.tool.driver.properties).toEqual({ heatRelease: 'Heat 26 (2026.1)', heatVersion: '26.0.1' });
    const duplicate = rules.find((rule: { id: string }) => rule.id === 'duplicate-key');
    expect(duplicate).toMatchObject({
      id: 'duplicate-key',
      shortDescription: { text: 'A mapping must not repeat a key: Heat silently keeps only the last one.' },
      defaultConfiguration: { level: 'warning', enabled: true },
    });
    expect(duplicate.help.markdown).toMatch(/^Heat reads templates with PyYAML/);
    expect(run.results).toEqual([
      {
        ruleId: 'yaml-syntax',
        ruleIndex: rules.findIndex((rule: { id: string }) => rule.id === 'yaml-syntax'),
        level: 'error',
        message: { text: 'YAML syntax error: Tabs are not allowed as indentation.' },
        partialFingerprints: { 'hotLint/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `${FROM_ROOT}/broken.yaml`, uriBaseId: '%SRCROOT%' },
              region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 2 },
            },
          },
        ],
      },
      {
        ruleId: 'duplicate-key',
        ruleIndex: rules.indexOf(duplicate),
        level: 'warning',
        message: { text: 'Duplicate key "description": Heat keeps only this last one and ignores the one on line 2.' },
        partialFingerprints: { 'hotLint/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `${FROM_ROOT}/duplicate.yaml`, uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 12 },
            },
          },
        ],
      },
    ]);
  });
});
