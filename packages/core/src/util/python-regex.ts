/**
 * Python's `re` as Heat applies an `allowed_pattern` (heat/engine/constraints.py AllowedPattern:
 * `re.match(pattern, value)` and `match.end() == len(value)`), run on RE2 (re2js): matching takes
 * time linear in the value whatever the pattern, so `(a+)+$` cannot hang the linter. RE2 finds the
 * same leftmost-first match as Python's backtracking engine for every pattern it accepts.
 *
 * The pattern is translated from Python's syntax; what has no certain translation (inline flags,
 * backreferences, lookarounds, `{,n}`, unknown escapes, non-ASCII text whose classes are Unicode in
 * Python) is not checked: `compile` answers undefined.
 */
import { RE2JS } from 're2js';

/** The end of `re.match(pattern, text)`, or null when it does not match. */
export type PythonMatch = (text: string) => number | null;

const SPACE = '\\t\\n\\x0b\\f\\r ';
const CACHE_LIMIT = 256;
const cache = new Map<string, RE2JS | null>();

/** Python's `re.compile(pattern).match` for this value, or undefined when it cannot be checked with certainty. */
export function pythonMatcher(pattern: string, value: string): PythonMatch | undefined {
  if (/[^\x00-\x7f]/.test(value) || /[^\x00-\x7f]/.test(pattern)) return undefined;
  const newline = value.indexOf('\n');
  const trailingNewline = newline === value.length - 1;
  // Python's `$` also matches just before a final newline. RE2's multi-line `$` does the same at
  // every newline, so it stands in for Python's only when the value's one newline is its last character.
  if (newline >= 0 && !trailingNewline && hasDollar(pattern)) return undefined;
  const translated = translate(pattern, trailingNewline ? '(?m:$)' : '\\z');
  if (translated === undefined) return undefined;
  const regex = compileCached(translated);
  if (!regex) return undefined;
  return (text: string) => {
    const matcher = regex.matcher(text);
    return matcher.lookingAt() ? matcher.end() : null;
  };
}

/** Heat's verdict on a value for an allowed_pattern: true or false, or undefined when it cannot be checked. */
export function matchesAllowedPattern(pattern: string, value: string): boolean | undefined {
  const match = pythonMatcher(pattern, value);
  if (!match) return undefined;
  return match(value) === value.length;
}

function compileCached(source: string): RE2JS | null {
  let regex = cache.get(source);
  if (regex === undefined) {
    try {
      regex = RE2JS.compile(source);
    } catch {
      regex = null; // Python syntax RE2 lacks (lookarounds, backreferences) or a pattern Python rejects too
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(source, regex);
  }
  return regex;
}

function hasDollar(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (c === '$') return true;
  }
  return false;
}

/** Python pattern syntax to RE2's, or undefined when a construct has no certain translation. */
function translate(pattern: string, dollar: string): string | undefined {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      i++;
      if (/[A-Za-z]/.test(next)) {
        const escape = escapeFor(next, inClass);
        if (escape === undefined) return undefined;
        out += escape;
      } else if (/[0-9]/.test(next)) {
        return undefined; // backreferences and octal escapes
      } else if (/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(next)) {
        out += `\\${next}`;
      } else {
        out += next === ' ' ? ' ' : `\\x${next.charCodeAt(0).toString(16).padStart(2, '0')}`;
      }
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      // Python reads `[` in a set as itself (`[[:alpha:]]` is not a POSIX class there).
      out += c === '[' ? '\\[' : c;
      continue;
    }
    switch (c) {
      case '[':
        inClass = true;
        out += c;
        if (pattern[i + 1] === '^') out += pattern[++i];
        if (pattern[i + 1] === ']') {
          out += '\\]';
          i++;
        }
        break;
      case ']':
        out += '\\]';
        break;
      case '$':
        out += dollar;
        break;
      case '(':
        if (pattern[i + 1] === '?') {
          const rest = pattern.slice(i + 2);
          if (rest.startsWith('P<')) {
            out += '(?P<';
            i += 3;
          } else if (rest.startsWith(':')) {
            out += '(?:';
            i += 2;
          } else {
            return undefined; // lookarounds, inline flags, (?P=name), comments, conditionals
          }
        } else {
          out += c;
        }
        break;
      case '{':
        if (/^\{,/.test(pattern.slice(i))) return undefined; // Python's {,n}
        out += c;
        break;
      default:
        out += c;
    }
  }
  return inClass ? undefined : out;
}

function escapeFor(letter: string, inClass: boolean): string | undefined {
  switch (letter) {
    case 'A':
      return inClass ? undefined : '\\A';
    case 'Z':
      return inClass ? undefined : '\\z';
    case 's':
      return inClass ? SPACE : `[${SPACE}]`;
    case 'S':
      return inClass ? undefined : `[^${SPACE}]`;
    case 'b':
      return inClass ? '\\x08' : '\\b';
    case 'B':
      return inClass ? undefined : '\\B';
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'n':
    case 'r':
    case 't':
    case 'f':
    case 'v':
      return `\\${letter}`;
    default:
      return undefined; // \x, \u, \N, \a and unknown escapes: not translated
  }
}
