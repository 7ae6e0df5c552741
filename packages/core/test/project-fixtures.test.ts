import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findRule,
  lintEnvironmentFile,
  lintTemplateFile,
  loadCatalog,
  NodeFileLoader,
  ProjectSession,
} from '../src/index.js';
import type { RuleSetting } from '../src/index.js';
import { formatFinding } from './fixture-format.js';

/**
 * Multi-file fixtures: test-fixtures/<name>/cases.json lists cases, each linting a template
 * with its environments (and the environments against it). Every finding of every file is
 * compared with <case>.expected, one per line: `file line:col-line:col severity rule message`.
 */
interface Case {
  name: string;
  /** Absent: the environments are linted alone, as `hot-lint env.yaml` does. */
  template?: string;
  environments?: string[];
}

const root = resolve(__dirname, '../../../test-fixtures');
const update = process.env.UPDATE_FIXTURES === '1';
const projects = readdirSync(root).filter((d) => existsSync(join(root, d, 'cases.json')));

describe('project fixtures', () => {
  for (const project of projects) {
    const dir = join(root, project);
    const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
    const rule = findRule(project);
    // A setting would override the rule's variants' own severities: name only a rule that is off by default.
    const rules: Record<string, RuleSetting> = rule && !rule.meta.enabledByDefault ? { [rule.meta.id]: rule.meta.severity } : {};
    describe(project, () => {
      if (rule) {
        it('has a bad case that reports the rule and a good case that does not', () => {
          expect(cases.some((c) => c.name.startsWith('bad'))).toBe(true);
          expect(cases.some((c) => c.name.startsWith('good'))).toBe(true);
        });
      }
      for (const testCase of cases) {
        it(testCase.name, () => {
          const session = new ProjectSession(new NodeFileLoader(dir), loadCatalog());
          const environments = (testCase.environments ?? []).map((e) => join(dir, e));
          const template = testCase.template === undefined ? null : join(dir, testCase.template);
          const results = [
            ...(template ? [lintTemplateFile(session, template, { environments, rules })] : []),
            ...environments.map((env) =>
              lintEnvironmentFile(session, env, { environments, rules, ...(template ? { templatePath: template } : {}) }),
            ),
          ];
          const actual = results.flatMap((r) =>
            r.diagnostics === null
              ? [`${relative(dir, r.path)} cannot be read: ${r.reason}`]
              : r.diagnostics.map((d) => `${relative(dir, r.path)} ${formatFinding(d)}`),
          );
          const expectedPath = join(dir, `${testCase.name}.expected`);
          if (update) writeFileSync(expectedPath, actual.map((l) => `${l}\n`).join(''));
          const expected = existsSync(expectedPath)
            ? readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l.trim() !== '')
            : [];
          expect(actual).toEqual(expected);
          if (rule) {
            const own = actual.filter((l) => l.split(' ')[3] === rule.meta.id);
            if (testCase.name.startsWith('bad')) expect(own.length, 'a bad case must report its rule').toBeGreaterThan(0);
            if (testCase.name.startsWith('good')) expect(own).toEqual([]);
          }
          // Each file is read and parsed once, however many times it is named.
          expect(session.stats.parses).toBeLessThanOrEqual(session.stats.reads);
        });
      }
    });
  }
});
