import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';

const RULES = resolve(dirname(fileURLToPath(import.meta.url)), '../src/rules');

describe('layout', () => {
  it('rules/<area>/ holds only rules: each file but the index is the rule of its name, in its area', () => {
    const byId = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.area]));
    const strays: string[] = [];
    for (const area of readdirSync(RULES, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      for (const file of readdirSync(join(RULES, area.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        const id = file.replace(/\.ts$/, '');
        if (byId.get(id) !== area.name) strays.push(`${area.name}/${file}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
