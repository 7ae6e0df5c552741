import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint } from '../src/index.js';
import { formatFinding } from './fixture-format.js';

/**
 * Every rule page's examples, read from the page as a user reads them: the bad one gives the
 * rule (exactly the findings the page lists), the good one does not give it.
 */
const dir = resolve(__dirname, '../../../docs/rules');

function example(page: string, label: 'Bad' | 'Good'): { text: string; listed: string[] } | null {
  const match = new RegExp(`\\*\\*${label}\\*\\* \\([^\\n]*\\n\\n((?:    [^\\n]*\\n)*)\\n?\`\`\`(?:yaml|json)\\n([\\s\\S]*?)\`\`\``).exec(page);
  if (!match) return null;
  return { listed: match[1]!.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim().replace(/ {2}/g, ' ')), text: match[2]! };
}

describe('the examples of the rule pages', () => {
  for (const rule of allRules) {
    const id = rule.meta.id;
    const page = readFileSync(resolve(dir, `${id}.md`), 'utf8');
    it(`${id}: has examples, or names the multi-file projects that are its examples`, () => {
      expect(page).toContain('## Examples');
      if (!page.includes('**Bad**')) expect(page).toContain(`[test-fixtures/${id}](../../test-fixtures/${id}/)`);
    });
    const bad = example(page, 'Bad');
    const good = example(page, 'Good');
    if (!bad || !good) continue;
    const rules = rule.meta.enabledByDefault ? {} : { [id]: rule.meta.severity };
    const lintWith = (text: string) => lint(text, { rules }).filter((d) => d.ruleId === id);
    it(`${id}: the bad example gives the findings the page lists`, () => {
      const found = lintWith(bad.text).map((d) => {
        const [where, severity, , ...message] = formatFinding(d).split(' ');
        return `${where!.split('-')[0]} ${severity} ${message.join(' ')}`;
      });
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(bad.listed);
    });
    it(`${id}: the good example does not give the rule`, () => {
      expect(lintWith(good.text)).toEqual([]);
    });
  }
});
