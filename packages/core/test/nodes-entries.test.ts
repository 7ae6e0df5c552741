import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { entries, soleEntry } from '../src/model/nodes.js';
import { random } from './random.js';

/** entries() as it was written first: each distinct key's last pair, in source order of those pairs. */
function reference(map: YAMLMap): Array<Pair<Scalar, Node | null>> {
  const last = new Map<string, Pair<Scalar, Node | null>>();
  for (const pair of map.items) if (isScalar(pair.key)) last.set(String(pair.key.value), pair as Pair<Scalar, Node | null>);
  return [...last.values()].sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
}

describe('entries and soleEntry', () => {
  it('is each distinct key\'s last pair in source order, for mappings with and without duplicate, numeric or collection keys (random)', () => {
    const next = random(29);
    const names = ['a', 'b', 'c', '1', '01', 'true', '[x]', '{y: 1}', '? [z]\n  ', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'];
    let duplicates = 0;
    let sole = 0;
    for (let i = 0; i < 600; i++) {
      const count = next() < 0.3 ? 1 + Math.floor(next() * 3) : Math.floor(next() * 20);
      const pool = count <= 3 && next() < 0.5 ? ['a', '[x]'] : names;
      const keys = Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]!);
      const text = keys.map((k, n) => (k.startsWith('?') ? `${k}: v${n}` : `${k}: v${n}`)).join('\n') + '\n';
      const root = parseDocument(text, { uniqueKeys: false }).contents;
      if (!isMap(root)) continue;
      const map = root as YAMLMap;
      expect(entries(map)).toEqual(reference(map));
      const all = reference(map);
      expect(soleEntry(map)).toBe(all.length === 1 ? all[0] : null);
      if (all.length === 1) sole++;
      if (new Set(keys).size < keys.length) duplicates++;
    }
    expect(duplicates).toBeGreaterThan(100);
    expect(sole).toBeGreaterThan(20);
  });

  it('orders pairs by where their keys are, also when the mapping holds them otherwise', () => {
    const map = parseDocument('a: 1\nb: 2\nc: 3\n').contents as YAMLMap;
    map.items.reverse();
    expect(entries(map).map((p) => p.key.value)).toEqual(['a', 'b', 'c']);
  });
});
