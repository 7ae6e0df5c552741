/** Longest quoted text kept whole in a message; longer quotes keep their start and end. */
const QUOTE_LIMIT = 120;
/** Longest message: whatever a template holds, one finding stays one readable line. */
const MESSAGE_LIMIT = 1000;
const QUOTED = /"([^"]*)"/g;

/**
 * A finding's message with long quoted template text cut in the middle (a CR-only template read
 * as one line, a megabyte default value), then the whole message capped.
 */
export function boundMessage(message: string): string {
  if (message.length <= QUOTE_LIMIT) return message;
  // Quotes pair from the left, so the text between two quotations is never taken for one.
  const quoted = message.replace(QUOTED, (whole, inner: string) =>
    inner.length <= QUOTE_LIMIT ? whole : `"${inner.slice(0, 80)}…${inner.slice(-20)}" (${inner.length} characters)`,
  );
  return quoted.length <= MESSAGE_LIMIT ? quoted : `${quoted.slice(0, MESSAGE_LIMIT - 1)}…`;
}
