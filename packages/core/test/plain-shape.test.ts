import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Scalar } from 'yaml';
import { countNodes, DEFAULT_PARSE_LIMITS, duplicateKeys, measure, plainShape, readYaml } from '../src/parse/parse-document.js';
import { PositionMapper } from '../src/parse/positions.js';
import { random } from './random.js';

/** template-limits' measure as first written: the length of Python's str() of the value. */
function reprLength(node: unknown): number {
  if (node === null || node === undefined) return 4;
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || value === undefined) return 4;
    if (typeof value === 'boolean') return value ? 4 : 5;
    if (typeof value === 'number') return String(value).length;
    return String(value).length + 2;
  }
  let length = 0;
  if (isSeq(node)) {
    length = 2;
    node.items.forEach((item, i) => (length += reprLength(item) + (i > 0 ? 2 : 0)));
  } else if (isMap(node)) {
    length = 2;
    node.items.forEach((pair, i) => (length += reprLength(pair.key) + 2 + reprLength(pair.value) + (i > 0 ? 2 : 0)));
  }
  return length;
}

/** The duplicate keys as duplicateKeys first found them: a Map per mapping, every mapping reached by values and items. */
function duplicatesReference(root: unknown, positions: PositionMapper): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Map<string, Scalar>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const earlier = seen.get(name);
        if (earlier) found.push(`${name} ${JSON.stringify(positions.nodeRange(pair.key))} ${positions.nodeRange(earlier).start.line}`);
        seen.set(name, pair.key);
      }
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return found;
}

describe('plainShape (the one walk parseDocument takes over a usual document)', () => {
  it('counts, finds duplicate keys and measures str() as countNodes, duplicateKeys and template-limits do, where measure finds nothing (random documents)', () => {
    const next = random(53);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let plain = 0;
    let other = 0;
    let manyDuplicates = 0;
    for (let i = 0; i < 1500; i++) {
      const value = (depth: number): string => {
        const r = next();
        if (r < 0.05) return `*${pick(['a', 'b'])}`;
        if (depth > 5 || r < 0.35) return `${next() < 0.05 ? '&a ' : ''}${pick(['x', '1', 'null', '', '"q"', 'true', 'no', '1.5', '.inf', '~', '0x1F', '!!binary aGk='])}`;
        if (r < 0.6) return `[${Array.from({ length: Math.floor(next() * 3) }, () => (next() < 0.2 ? `${pick(['k', 'j'])}: ${value(depth + 1)}` : value(depth + 1))).join(', ')}]`;
        const keys = () => (next() < 0.15 ? `? [${pick(['k', 'j'])}, {a: 1, a: 2}]\n:` : `${pick(['k', 'j', 'l'])}:`);
        return `{${Array.from({ length: Math.floor(next() * 4) }, () => `${keys()} ${value(depth + 1)}`).join(', ')}}`;
      };
      const text = `root: ${value(0)}\nroot: ${value(0)}\nmore: ${value(0)}\n`;
      const doc = readYaml(text);
      if (doc.errors.length) continue;
      const root = doc.contents as Node | null;
      const positions = new PositionMapper(text);
      const maxDepth = pick([2, 4, 200]);
      const shape = plainShape(root, maxDepth, positions);
      const measured = measure(root, doc, { ...DEFAULT_PARSE_LIMITS, maxDepth }, countNodes(root) + DEFAULT_PARSE_LIMITS.maxExpandedNodes);
      if (!shape) {
        other++;
        continue;
      }
      plain++;
      expect(shape.count).toBe(countNodes(root));
      expect(shape.duplicates).toEqual(duplicateKeys(root, positions));
      expect(shape.duplicates.map((d) => `${/"(.*)"/.exec(d.message)![1]} ${JSON.stringify(d.range)} ${Number(/line (\d+)/.exec(d.message)![1]) - 1}`)).toEqual(duplicatesReference(root, positions));
      if (shape.duplicates.length > 1) manyDuplicates++;
      expect(shape.pythonReprLength).toBe(reprLength(root));
      expect([measured.tooDeep, measured.firstAlias, measured.recursive]).toEqual([null, null, null]);
    }
    expect(plain).toBeGreaterThan(300);
    expect(other).toBeGreaterThan(100);
    expect(manyDuplicates).toBeGreaterThan(50);
  });
});
