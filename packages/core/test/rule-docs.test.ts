import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// scripts/rule-docs.mjs renders the pages; this test keeps the committed ones in step.
import { renderAll } from '../../../scripts/rule-docs.mjs';
import { allRules } from '../src/index.js';

const dir = resolve(__dirname, '../../../docs/rules');

describe('docs/rules', () => {
  const pages = renderAll(allRules) as Map<string, string>;

  it('has exactly one page per rule, plus the index', () => {
    expect(readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
  });

  for (const [name, text] of pages) {
    it(`${name} is up to date (regenerate: npm run build && node scripts/rule-docs.mjs)`, () => {
      expect(readFileSync(resolve(dir, name), 'utf8')).toBe(text);
    });
  }

  it('every rule documents a bad example and says why', () => {
    for (const { meta } of allRules) {
      expect(meta.docs.trim().length, meta.id).toBeGreaterThan(80);
      expect(meta.description.endsWith('.'), `${meta.id}: "${meta.description}"`).toBe(true);
    }
  });
});
