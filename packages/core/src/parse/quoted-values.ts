// The values of quoted scalars as the yaml package computes them (its resolve-flow-scalar.js):
// escapes, and the folding of their line breaks. Used by fast-yaml's reader.

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** yaml's unfoldLines: a single-quoted scalar's lines folded (`source` without its quotes). */
export function unfoldLines(source: string): string {
  const line = /(.*?)\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1]!.replace(/(?<! )[ ]+$/, '');
  let sep = ' ';
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = match[1]!.replace(/^[ ]+|(?<! )[ ]+$/g, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ ]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? '');
}

/** yaml's doubleQuotedValue over lines (`source` with its quotes; no tabs or CR reach here); null where yaml would report an error. */
export function doubleQuotedValue(source: string): string | null {
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\n') {
      // a line break folds to a space, several to one fewer line breaks
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\n') {
        if (next === '\n') fold += '\n';
        i += 1;
        next = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      const next = source[++i]!;
      const simple = ESCAPES[next];
      if (simple !== undefined) res += simple;
      else if (next === '\n') {
        // an escaped line break: the next line's leading spaces go too
        while (source[i + 1] === ' ') i++;
      } else {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        const char = length === 0 ? null : codePoint(source.slice(i + 1, i + 1 + length), length);
        if (char === null) return null;
        res += char;
        i += length;
      }
    } else if (ch === ' ') {
      // spaces before a line break go
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ') next = source[++i + 1];
      if (next !== '\n') res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}

/** The character a `\x`, `\u` or `\U` escape's hex digits name; null when they are not `length` hex digits of a code point. */
function codePoint(hex: string, length: number): string | null {
  if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  const code = parseInt(hex, 16);
  return code > 0x10ffff ? null : String.fromCodePoint(code);
}

/** A one-line double-quoted scalar's escapes (`raw` without its quotes); null for one yaml would refuse. */
export function unescape(raw: string): string | null {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[++i];
    if (next === undefined) return null;
    const simple = ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    const char = length === 0 ? null : codePoint(raw.slice(i + 1, i + 1 + length), length);
    if (char === null) return null;
    out += char;
    i += length;
  }
  return out;
}
