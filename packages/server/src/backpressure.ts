import type { Message, MessageStrategy } from 'vscode-languageserver/node.js';

interface Input {
  pause(): unknown;
  resume(): unknown;
}

interface Output {
  readonly writableLength: number;
  write: (...args: never[]) => boolean;
}

/**
 * A client that stops reading must not make the server queue answers without bound. The server's
 * writer sends one message at a time and keeps the rest in memory, so what shows that the client
 * is behind is the stream itself: bytes still waiting after a write (a full pipe). While they wait,
 * the server neither reads its input (the client's writes block in turn) nor handles the messages
 * it has read; both resume once the output has gone out. The connection's `messageStrategy`.
 */
export function backpressure(input: Input, output: Output): MessageStrategy {
  const held: Array<{ message: Message; next: (message: Message) => void }> = [];
  let congested = false;
  /** Handles the held messages one per turn, as the connection does, so that a write in between can stop them again. */
  let scheduled = false;
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      flow();
    });
  };
  const flow = () => {
    if (output.writableLength > 0) return;
    if (congested) {
      congested = false;
      input.resume();
    }
    const first = held.shift();
    if (!first) return;
    first.next(first.message);
    if (held.length > 0) later();
  };
  const write = output.write.bind(output) as (...args: unknown[]) => boolean;
  output.write = ((...args: unknown[]) => {
    const last = args.length - 1;
    const callback = typeof args[last] === 'function' ? (args[last] as (error?: Error | null) => void) : undefined;
    const written = (error?: Error | null) => {
      callback?.(error);
      later();
    };
    const result = callback ? write(...args.slice(0, last), written) : write(...args, written);
    if (output.writableLength > 0 && !congested) {
      congested = true;
      input.pause();
    }
    return result;
  }) as Output['write'];
  return {
    handleMessage(message, next) {
      if (congested || held.length > 0) held.push({ message, next });
      else next(message);
    },
  };
}
