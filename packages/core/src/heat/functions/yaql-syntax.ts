/**
 * The clear syntax errors of a yaql expression, as yaql's parser (which Heat runs at validate)
 * reports them: an empty expression, an unterminated string, unbalanced brackets, an
 * expression ending in an operator, empty list items. A full parser it is not: an
 * expression this accepts may still be rejected by yaql (e.g. "1 2").
 */
export interface YaqlSyntaxError {
  message: string;
  /** Offset in the expression. */
  at: number;
}

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** Tokens after which an operand must follow. */
const DANGLING = /(?:[-+*/=<>!~.,:([{]|=>|->|\b(?:and|or|not|in|mod)\b)\s*$/;

export function yaqlSyntaxError(expression: string): YaqlSyntaxError | null {
  if (expression.trim() === '') return { message: 'Parse error: unexpected end of statement', at: 0 };
  const stack: Array<{ char: string; at: number }> = [];
  let code = ''; // the expression with string contents blanked, to look at its shape
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const start = i;
      i++;
      while (i < expression.length && expression[i] !== c) i += expression[i] === '\\' ? 2 : 1;
      if (i >= expression.length) return { message: `Lexical error: illegal character '${c}' at position ${start}`, at: start };
      code += `${c}${' '.repeat(i - start - 1)}${c}`;
      continue;
    }
    code += c;
    if (c === '(' || c === '[' || c === '{') stack.push({ char: c, at: i });
    else if (c in CLOSERS) {
      const open = stack.pop();
      if (!open || open.char !== CLOSERS[c]) return { message: `Parse error: unexpected '${c}' at position ${i} of expression '${expression}'`, at: i };
    }
    if (c === ')' || c === ']' || c === ',') {
      const before = code.slice(0, -1).trimEnd();
      if (before.endsWith(',') || (c === ',' && (before.endsWith('(') || before.endsWith('[')))) {
        return { message: `Parse error: unexpected '${c}' at position ${i} of expression '${expression}'`, at: i };
      }
    }
  }
  if (stack.length > 0 || DANGLING.test(code)) {
    return { message: 'Parse error: unexpected end of statement', at: expression.length };
  }
  return null;
}
