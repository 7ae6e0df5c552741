import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// scripts/rule-docs.mjs renders the pages; this test keeps the committed ones in step.
import { firstReleaseReporting, renderAll, ruleExamples } from '../../../scripts/rule-docs.mjs';
import * as core from '../src/index.js';
import { allRules, HEAT_RELEASES, lint } from '../src/index.js';

const dir = resolve(__dirname, '../../../docs/rules');

describe('docs/rules', () => {
  const pages = renderAll(allRules, lint, HEAT_RELEASES, core) as Map<string, string>;

  it('has exactly one page per rule, plus the index', () => {
    expect(readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
  });

  for (const [name, text] of pages) {
    it(`${name} is up to date (regenerate: npm run build && node scripts/rule-docs.mjs)`, () => {
      expect(readFileSync(resolve(dir, name), 'utf8')).toBe(text);
    });
  }

  it('every page with a bad example names the Heat releases that report it', () => {
    for (const [name, text] of pages) {
      if (text.includes('**Bad**') || text.includes('**Bad project**')) expect(text, name).toMatch(/^- \*\*Heat releases:\*\* .*from Heat \d+ \(\w+\) on/m);
    }
    expect(pages.get('get-param-undefined.md')).toContain('- **Heat releases:** every supported release, from Heat 10 (Queens) on');
    // Its example is written in heat_template_version 2021-04-16, which Heat 16 introduced.
    expect(pages.get('function-extra-keys.md')).toContain("reported from Heat 16 (Wallaby) on, the first release that knows the example's `heat_template_version`");
  });

  it('the first release is the oldest from which every later release reports the example', () => {
    const meta = { id: 'x', severity: 'error' };
    const examples = { bad: { text: '' } };
    const reportsFrom = (majors: number[]) => (_text: string, options: { heatRelease: string }) =>
      majors.includes(HEAT_RELEASES.find((r) => r.version === options.heatRelease)!.major) ? [{ ruleId: 'x' }] : [];
    expect(firstReleaseReporting(meta, examples, reportsFrom([12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]), HEAT_RELEASES)).toEqual({ release: HEAT_RELEASES[4], versionBound: false });
    expect(firstReleaseReporting(meta, examples, reportsFrom([10, 11, 12]), HEAT_RELEASES)).toBeNull();
    expect(firstReleaseReporting(meta, null, reportsFrom([]), HEAT_RELEASES)).toBeNull();
    expect(ruleExamples('get-param-undefined')).not.toBeNull();
  });

  it('every multi-file rule shows its examples inline, as files', () => {
    const multiFile = allRules.filter((r) => ruleExamples(r.meta.id) === null && !r.meta.external).map((r) => r.meta.id);
    expect(multiFile.length).toBeGreaterThanOrEqual(13);
    for (const id of multiFile) {
      const page = pages.get(`${id}.md`)!;
      expect(page, id).toContain('**Bad project**');
      expect(page, id).toContain('**Good project**');
      expect(page, id).toMatch(/^`[^`]+\.ya?ml`:\n\n```yaml\n/m);
    }
    const page = pages.get('environment-parameter-undeclared.md')!;
    expect(page).toContain("**Bad project** (case `bad-undeclared`): `hot-lint -e bad-env.yaml main.yaml` reports:");
    expect(page).toContain('- **Heat releases:** ');
  });

  it('every rule documents a bad example and says why', () => {
    for (const { meta } of allRules) {
      expect(meta.docs.trim().length, meta.id).toBeGreaterThan(80);
      expect(meta.description.endsWith('.'), `${meta.id}: "${meta.description}"`).toBe(true);
    }
  });
});
