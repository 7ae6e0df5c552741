import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRule, lint } from '../src/index.js';
import type { RuleSetting } from '../src/index.js';
import { formatFinding } from './fixture-format.js';

/**
 * test-fixtures/<rule-id>/<case>.yaml (or .json) is linted with the default rules plus that
 * rule, and its findings must equal <case>.expected line for line (empty for a good case).
 * UPDATE_FIXTURES=1 writes the .expected files instead; review the diff before committing.
 */
const root = resolve(__dirname, '../../../test-fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

const ruleDirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && findRule(d.name))
  .map((d) => d.name)
  .sort();

describe('rule fixtures', () => {
  it('has a fixture folder for every rule', async () => {
    const { allRules } = await import('../src/index.js');
    // External rules (heat-remote) find nothing offline: packages/remote and the CLI's --remote tests cover them.
    const missing = allRules.filter((r) => !r.meta.external).map((r) => r.meta.id).filter((id) => !ruleDirs.includes(id));
    expect(missing).toEqual([]);
  });

  // Folders with a cases.json are multi-file projects: project-fixtures.test.ts runs them.
  for (const ruleId of ruleDirs.filter((d) => !existsSync(join(root, d, 'cases.json')))) {
    const dir = join(root, ruleId);
    const cases = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    describe(ruleId, () => {
      it('has a bad case that reports the rule and a good case that does not', () => {
        const bad = cases.filter((c) => c.startsWith('bad'));
        const good = cases.filter((c) => c.startsWith('good'));
        expect(bad.length, `${ruleId} needs bad*.yaml`).toBeGreaterThan(0);
        expect(good.length, `${ruleId} needs good*.yaml`).toBeGreaterThan(0);
      });
      for (const file of cases) {
        it(file, () => {
          const rule = findRule(ruleId)!;
          // A setting would override the rule's variants' own severities: name only a rule that is off by default.
          const rules: Record<string, RuleSetting> = rule.meta.enabledByDefault ? {} : { [ruleId]: rule.meta.severity };
          const text = readFileSync(join(dir, file), 'utf8');
          const actual = lint(text, { rules }).map(formatFinding);
          const expectedPath = join(dir, file.replace(/\.(ya?ml|json)$/, '.expected'));
          if (update) writeFileSync(expectedPath, actual.map((l) => `${l}\n`).join(''));
          const expected = existsSync(expectedPath)
            ? readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l.trim() !== '')
            : [];
          expect(actual).toEqual(expected);
          const own = actual.filter((l) => l.split(' ')[2] === ruleId);
          if (file.startsWith('bad')) expect(own.length, 'a bad case must report its rule').toBeGreaterThan(0);
          if (file.startsWith('good')) expect(own, 'a good case must not report its rule').toEqual([]);
        });
      }
    });
  }
});
