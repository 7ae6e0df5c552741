import { describe, expect, it } from 'vitest';
import { findBinary, flowDepthExceeded } from '../src/parse/parse-document.js';
import { random } from './random.js';

/** The scans as first written, one character at a time: the regular-expression ones must agree. */
function flowDepthReference(text: string, maxDepth: number): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && depth === 0) quote = '';
    } else if (c === '"' || c === "'") {
      if (depth > 0 || /[\s:\[{,-]/.test(text[i - 1] ?? ' ')) quote = c;
    } else if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > maxDepth) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return -1;
}

function binaryReference(text: string): number {
  const limit = Math.min(text.length, 8192);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) return i;
  }
  return text.indexOf('\u0000', limit);
}

describe('text scans before parsing', () => {
  const next = random(61);
  const text = (alphabet: readonly string[], length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');

  it('flowDepthExceeded finds where flow nesting passes the limit as a character-by-character scan does (random texts)', () => {
    const alphabet = ['[', ']', '{', '}', '"', "'", '\\', '#', ' ', '\n', ':', ',', '-', 'a', 'b', '\t'];
    let exceeded = 0;
    for (let i = 0; i < 4000; i++) {
      const sample = text(alphabet, Math.floor(next() * 80));
      const limit = Math.floor(next() * 4);
      const expected = flowDepthReference(sample, limit);
      expect(flowDepthExceeded(sample, limit), JSON.stringify(sample)).toBe(expected);
      if (expected >= 0) exceeded++;
    }
    expect(exceeded).toBeGreaterThan(500);
  });

  it('findBinary finds the first character that is not text as a character-by-character scan does (random texts)', () => {
    const alphabet = ['a', ' ', '\t', '\n', '\r', '\f', '\v', '\u0000', '\u0001', '\u001f', '\u0008', '\u000e', '\ufffd', 'é'];
    for (let i = 0; i < 2000; i++) {
      const sample = text(next() < 0.8 ? alphabet.slice(0, 6) : alphabet, Math.floor(next() * 60));
      expect(findBinary(sample)).toBe(binaryReference(sample));
    }
    const long = 'a'.repeat(9000);
    for (const at of [0, 8191, 8192, 8999]) {
      for (const c of ['\u0000', '\u0001', '\ufffd']) {
        const sample = long.slice(0, at) + c + long.slice(at + 1);
        expect(findBinary(sample)).toBe(binaryReference(sample));
      }
    }
  });
});
