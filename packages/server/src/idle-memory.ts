import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The messages that change what the server holds: a burst of them is what leaves garbage behind. */
const CHANGES: ReadonlySet<string> = new Set([
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'workspace/didChangeWatchedFiles',
]);

export interface IdleCollector {
  /** Every incoming message's method (requests too; only document changes start a burst). */
  seen(method: string | undefined): void;
  dispose(): void;
}

/**
 * After a burst of document changes, once none has come for `quietMs`, runs `collect` once. A
 * user still typing never meets it; requests (hover, highlights on a cursor move) neither start
 * a burst nor put the collection off, so a client that polls cannot keep the memory up.
 */
export function idleCollector(quietMs: number, collect: (changes: number) => void): IdleCollector {
  let timer: NodeJS.Timeout | undefined;
  let changes = 0;
  return {
    seen(method) {
      if (method === undefined || !CHANGES.has(method)) return;
      changes += 1;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const count = changes;
        changes = 0;
        collect(count);
      }, quietMs);
      // an idle collection never keeps the server alive after its client has gone
      timer.unref();
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

/**
 * V8's full garbage collection, without `--expose-gc` on node's command line: the flag set at run
 * time exposes `gc` in contexts made afterwards. Undefined where the runtime refuses.
 */
export function fullGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void gc() : undefined;
  } catch {
    return undefined;
  }
}
