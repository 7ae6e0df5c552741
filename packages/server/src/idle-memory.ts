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
 * `settle` runs once more `afterMs` later, unless a change came meanwhile.
 */
export function idleCollector(quietMs: number, collect: (changes: number) => void, settle?: { afterMs: number; run: () => void }): IdleCollector {
  let timer: NodeJS.Timeout | undefined;
  let changes = 0;
  return {
    seen(method) {
      if (method === undefined || !CHANGES.has(method)) return;
      changes += 1;
      // a change also calls off a pending settle pass: it never runs while the user types
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const count = changes;
        changes = 0;
        collect(count);
        if (settle) {
          timer = setTimeout(() => {
            timer = undefined;
            settle.run();
          }, settle.afterMs);
          timer.unref();
        }
      }, quietMs);
      // an idle collection never keeps the server alive after its client has gone
      timer.unref();
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

type Gc = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * V8's full garbage collection that gives the freed memory back, without `--expose-gc` on node's
 * command line: the flag set at run time exposes `gc` in contexts made afterwards. Undefined
 * where the runtime refuses.
 */
export function fullGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc !== 'function') return undefined;
    return () => {
      // Node 24's V8 keeps the emptied pages pooled after a plain gc() (RSS stays at its peak);
      // the last-resort flavour releases them. Node 20's V8 knows no flavour and collects less
      // for that call, so a plain full collection follows.
      (gc as Gc)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
      (gc as Gc)();
    };
  } catch {
    return undefined;
  }
}
