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

  it('reads a comment glued to a flow collection, a quoted scalar or a flow comma as a comment, as PyYAML does', () => {
    // heat.common.template_format.yaml_loader gives exactly these values.
    expect(valueOf('a:\n  b: {get_resource: X}# Hook for c\n  d: 2\n')).toEqual({ a: { b: { get_resource: 'X' }, d: 2 } });
    expect(valueOf('a: [1, 2]#c\nd: 2\n')).toEqual({ a: [1, 2], d: 2 });
    expect(valueOf('a: "x"#c\nd: 2\n')).toEqual({ a: 'x', d: 2 });
    expect(valueOf("a: 'x'#c\nd: 2\n")).toEqual({ a: 'x', d: 2 });
    expect(valueOf('a: [1,#c\n  2]\n')).toEqual({ a: [1, 2] });
    // A `#` glued to other text is part of a plain scalar to both.
    expect(valueOf('a: x#c\nb: {c:#d\n  }\n')).toEqual({ a: 'x#c', b: { 'c:#d': null } });
    const d = parseDocument('a: {b: 1}#c\nd: [2]\n');
    const d2 = nodes.asMap(d.root, d.yaml)!.items[1]!;
    expect(d.positions.nodeRange(d2.value as any)).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 6 } });
  });

  it('accepts quoted scalars whose continuation lines are indented less than their key, as PyYAML does', () => {
    const text = 'a:\n  b:\n    t: "x,\\\n  y, \n z"\n    u: 1\nd: 1\n';
    const d = parseDocument(text);
    expect(d.problems).toEqual([]);
    expect(nodes.toValue(d.root, d.yaml)).toEqual({ a: { b: { t: 'x,y, z', u: 1 } }, d: 1 });
    expect(valueOf('a:\n  t: "x,\\\ny z"\n')).toEqual({ a: { t: 'x,y z' } });
    expect(valueOf("a:\n  b:\n    t: 'x,\n  y ''q'''\n")).toEqual({ a: { b: { t: "x, y 'q'" } } });
    // Positions stay those of the original text.
    const b = nodes.asMap(nodes.asMap(d.root, d.yaml)!.items[0]!.value, d.yaml)!;
    const inner = nodes.asMap(b.items[0]!.value, d.yaml)!;
    expect(d.positions.nodeRange(inner.items[0]!.value as any)).toEqual({ start: { line: 2, character: 7 }, end: { line: 4, character: 3 } });
    expect(d.positions.nodeRange(inner.items[1]!.key as any)).toEqual({ start: { line: 5, character: 4 }, end: { line: 5, character: 5 } });
  });

  it('still rejects what PyYAML rejects near these: a document marker in a quoted scalar, a multi-line quoted key, an under-indented plain scalar', () => {
    // PyYAML: "found unexpected document indicator", "mapping values are not allowed here",
    // "could not find expected ':'", and a quote never closed.
    const messages = (text: string) => parseDocument(text).problems.map((p) => [p.message, p.range.start]);
    expect(messages('a:\n  b:\n    t: "x,\n---\n  y"\n')).toEqual([
      ['YAML syntax error: Missing closing "quote.', { line: 2, character: 10 }],
      ['A template is one YAML document; this file has more than one (a second "---").', { line: 3, character: 0 }],
    ]);
    expect(messages('a:\n  b:\n    t: "x,\n  y": 1\n')).toEqual([
      ['YAML syntax error: Nested mappings are not allowed in compact mappings.', { line: 2, character: 7 }],
      ['YAML syntax error: Implicit keys need to be on a single line.', { line: 2, character: 7 }],
    ]);
    expect(messages('a:\n  b:\n    t: x,\n  y\n')).toEqual([['YAML syntax error: Implicit map keys need to be followed by map values.', { line: 3, character: 2 }]]);
    expect(messages('a: "x"\n#c\nb: "y\n')).toEqual([['YAML syntax error: Missing closing "quote.', { line: 3, character: 0 }]]);
  });

  it('keeps positions exact with a BOM and CRLF line ends', () => {
    const d = parseDocument('\ufeffa: 1\r\nbb: 2\r\n');
    const second = nodes.asMap(d.root, d.yaml)!.items[1]!;
    expect(d.positions.nodeRange(second.key as any)).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
  });
});

describe('the yaml package runs with a plain copy of process.env (it reads it on every token)', () => {
  it('gives the real environment back after each parse, a failed one too', () => {
    const env = process.env;
    expect(parseDocument('a: 1\nb: [2, 3]\n').problems).toEqual([]);
    expect(process.env).toBe(env);
    expect(parseDocument('a: [1\n').problems.length).toBeGreaterThan(0);
    expect(process.env).toBe(env);
  });
});
