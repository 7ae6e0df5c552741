import { describe, expect, it } from 'vitest';
import { nodes, parseDocument } from '../src/index.js';

const valueOf = (text: string) => {
  const d = parseDocument(text);
  expect(d.problems).toEqual([]);
  return nodes.toValue(d.root, d.yaml);
};

describe('parseDocument reads YAML as Heat (PyYAML 1.1 with its yaml_loader) does', () => {
  it('has PyYAML 1.1 scalars: yes/no/on/off booleans, sexagesimal ints, but y/n and dates stay strings', () => {
    // The same text through heat.common.template_format.yaml_loader gives exactly this.
    expect(valueOf('a: y\nb: n\nc: yes\nd: No\ne: off\nf: true\ng: Y\nh: 2013-05-23\ni: 1:20\nj: 010\nk: ~\n')).toEqual({
      a: 'y',
      b: 'n',
      c: true,
      d: false,
      e: false,
      f: true,
      g: 'Y',
      h: '2013-05-23',
      i: 80,
      j: 8,
      k: null,
    });
  });

  it('accepts flow collections whose lines are not indented past their parent, as PyYAML does', () => {
    const text = 'a:\n  b: [{\n    "s": 1,\n  "e": 2\n  }]\n  c: 1\n';
    const d = parseDocument(text);
    expect(d.problems).toEqual([]);
    expect(nodes.toValue(d.root, d.yaml)).toEqual({ a: { b: [{ s: 1, e: 2 }], c: 1 } });
    // Positions stay those of the original text, though the parser saw re-indented lines.
    const b = nodes.asMap(nodes.asMap(d.root, d.yaml)!.items[0]!.value, d.yaml)!;
    const e = (b.items[0]!.value as any).items[0].items[1];
    expect(d.positions.nodeRange(e.key)).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 5 } });
  });

  it('keeps positions exact with a BOM and CRLF line ends', () => {
    const d = parseDocument('\ufeffa: 1\r\nbb: 2\r\n');
    const second = nodes.asMap(d.root, d.yaml)!.items[1]!;
    expect(d.positions.nodeRange(second.key as any)).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  });
});
