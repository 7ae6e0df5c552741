import { HEAT_ERROR_CODES } from './heat-error-codes.js';

export type IgnoreErrorsResult = { ok: true; codes: string[] } | { ok: false; message: string };

/**
 * Reads `--ignore-errors`: comma-separated codes as Heat prints them (`HEAT-E99001`) or as it
 * takes them (`99001`). Heat answers an unknown code with a 200 that is no verdict, so every
 * code is checked here; the result is what Heat's `ignore_errors` query parameter expects.
 */
export function parseIgnoreErrors(text: string): IgnoreErrorsResult {
  const known = Object.keys(HEAT_ERROR_CODES);
  const codes: string[] = [];
  const parts = text.split(',').map((p) => p.trim());
  for (const part of parts) {
    const m = /^(?:HEAT-)?E?(\d+)$/i.exec(part);
    const code = m?.[1];
    if (!code || !known.includes(code)) {
      const shown = part === '' ? 'an empty code' : `"${part}"`;
      return {
        ok: false,
        message: `${shown} is not an error code Heat can ignore; it knows ${known.map((c) => `HEAT-E${c}`).join(', ')} (written HEAT-E${known[0]} or ${known[0]}).`,
      };
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, codes };
}
