import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { CliOptions } from './args.js';
import { cacheFileOf } from './cache.js';
import { parseCliArgs } from './args.js';
import { CANDIDATE_FILE, SKIPPED_DIRS } from '@hot-lint/core';
import type { Worker } from 'node:worker_threads';
import type { EnvironmentExamined, EnvironmentJob, Examined, Io, PlannedFile } from './main.js';

/**
 * The bytes of templates that pay for one worker: a worker's start-up (its module, catalog and a cold
 * JIT: 300-700 ms of CPU) costs about what a warm thread spends linting this much, so a run of fewer
 * bytes is linted in the main thread alone, and each further worker needs as much again. Measured on
 * a 2-core machine (bench/perf.bench.mjs), where V8's own collector and compiler threads already keep
 * the second core half busy: the public corpus (0.5 MB) and the rendered TripleO tree (5 MB) lint
 * faster with no worker (TripleO: 2.6-2.8 s against 2.9-3.1 s, and a fifth less CPU); two copies of
 * that tree (10 MB) take as long either way.
 */
export const BYTES_PER_WORKER = 8 << 20;
/** Batches each worker holds at once, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;
/** The largest batch: neighbouring files (one folder) go to one worker, which then parses their shared nested templates once. */
const MAX_BATCH = 8;

interface Phases {
  template: { job: PlannedFile; result: Examined };
  environment: { job: EnvironmentJob; result: EnvironmentExamined };
}
export type Phase = keyof Phases;
export type ToWorker = { [P in Phase]: { phase: P; first: number; jobs: Array<Phases[P]['job']> } }[Phase];
export type FromWorker = { first: number; results: unknown[] } | { first: number; count: number; failed: string };
export interface WorkerSetup {
  cwd: string;
  options: CliOptions;
}

/** A result by its job's index; null when the main thread must do that job itself (a worker failed). */
export type Ahead<R> = (index: number) => Promise<R | null>;

/**
 * How many workers lint `count` files of `bytes` in all: one per BYTES_PER_WORKER, at most one per core
 * but the main thread's (HOT_LINT_WORKERS overrides it), and none when the run edits files or asks a
 * Heat API (--fix, --remote): those stay in order in the main thread.
 */
export function poolSize(count: number, bytes: number, options: CliOptions, env: NodeJS.ProcessEnv): number {
  if (options.fix || options.remote) return 0;
  const forced = env.HOT_LINT_WORKERS === undefined || env.HOT_LINT_WORKERS === '' ? NaN : Number(env.HOT_LINT_WORKERS);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, count);
  // The main thread lints too (Pool.run), so one worker per other core.
  return Math.min(availableParallelism() - 1, count, Math.floor(bytes / BYTES_PER_WORKER));
}

interface Slot {
  promise: Promise<unknown>;
  resolve: (result: unknown) => void;
  done: boolean;
}

/**
 * Worker threads that lint files while the main thread takes the results in its own order:
 * each worker keeps its own project sessions, as a sequential run does, so the findings are
 * the same. Null when the run is better done in the main thread.
 */
export class Pool {
  private readonly workers: Array<{ worker: Worker; held: Map<number, ToWorker>; gone: boolean }> = [];
  private queue: ToWorker[] = [];
  private slots: Slot[] = [];

  /** Jobs done by workers (the rest by the main thread), for HOT_LINT_DEBUG. */
  private byWorkers = 0;
  private total = 0;
  /** What the workers were started with, when started by prestart. */
  private setupKey = '';

  private constructor(
    size: number,
    private readonly setup: WorkerSetup,
    private readonly io: Io,
  ) {
    this.add(size);
  }

  private add(count: number): void {
    const entry = workerEntry()!;
    for (let w = 0; w < count; w++) {
      // worker_threads is loaded only by a run that starts workers (most start none).
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const state = { worker: new Worker(entry, { workerData: this.setup }), held: new Map<number, ToWorker>(), gone: false };
      this.workers.push(state);
      state.worker.on('message', (message: FromWorker) => {
        state.held.delete(message.first);
        if ('results' in message) {
          message.results.forEach((result, i) => this.finish(message.first + i, result));
          this.byWorkers += message.results.length;
        }
        else for (let i = 0; i < message.count; i++) this.finish(message.first + i, null);
        this.feed();
      });
      const lost = () => {
        // Its files fall to the main thread, which reports whatever went wrong as a sequential run would.
        if (state.gone) return;
        state.gone = true;
        for (const batch of state.held.values()) for (let i = 0; i < batch.jobs.length; i++) this.finish(batch.first + i, null);
        state.held.clear();
        if (this.workers.every((w) => w.gone)) {
          for (const batch of this.queue) for (let i = 0; i < batch.jobs.length; i++) this.finish(batch.first + i, null);
          this.queue = [];
        }
      };
      state.worker.on('error', lost);
      state.worker.on('exit', lost);
    }
  }

  static start(count: number, bytes: number, options: CliOptions, io: Io): Pool | null {
    const size = poolSize(count, bytes, options, io.env);
    const ready = early;
    early = null;
    if (ready) {
      if (size > 0 && ready.setupKey === setupKey(io.cwd, options)) {
        for (const { worker } of ready.workers.splice(size)) void worker.terminate();
        for (const { worker } of ready.workers) worker.ref();
        ready.add(size - ready.workers.length);
        return ready;
      }
      ready.discard(count);
    }
    // The pre-commit hook is one module with no worker beside it: it lints in its one thread.
    return size > 0 && workerEntry() ? new Pool(size, { cwd: io.cwd, options }, io) : null;
  }

  /**
   * Starts the workers of a run that names a folder (or nothing: the current one) as soon as
   * its options are known, so that they load their modules and catalog while the main thread
   * loads its own and finds the files: Pool.start takes them when the run has enough bytes to lint
   * for workers and the same options, and ends them otherwise. Until then they do not keep the
   * process alive.
   */
  static prestart(options: CliOptions, io: Io): void {
    if (early || !workerEntry()) return;
    const paths = options.paths.length ? options.paths : ['.'];
    if (paths.includes('-')) return;
    const folders = paths.map((path) => resolve(io.cwd, path)).filter(isFolder);
    // A run with a cache file lints only what changed: its workers start when that is known (Scheduler).
    if (existsSync(cacheFileOf(options.cacheLocation, io.cwd).path)) return;
    // A small project (`hot-lint .` on a few templates) would only pay for a worker it ends at once.
    const most = poolSize(Infinity, Infinity, options, io.env);
    if (most === 0) return;
    const forced = poolSize(Infinity, 0, options, io.env);
    const size = forced || poolSize(Infinity, bytesUpTo(folders, most * BYTES_PER_WORKER), options, io.env);
    if (size === 0) return;
    early = new Pool(size, { cwd: io.cwd, options }, io);
    early.setupKey = setupKey(io.cwd, options);
    for (const { worker } of early.workers) worker.unref();
  }

  /** Starts a phase (the previous one must be taken in full first). */
  run<P extends Phase>(phase: P, jobs: Array<Phases[P]['job']>): Ahead<Phases[P]['result']> {
    this.total += jobs.length;
    this.slots = jobs.map(() => {
      let resolve!: (result: unknown) => void;
      const promise = new Promise<unknown>((r) => (resolve = r));
      return { promise, resolve, done: false };
    });
    const live = this.workers.filter((w) => !w.gone).length;
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (Math.max(live, 1) * 8))));
    this.queue = [];
    for (let first = 0; first < jobs.length; first += size) {
      this.queue.push({ phase, first, jobs: jobs.slice(first, first + size) } as ToWorker);
    }
    if (live === 0) for (let index = 0; index < jobs.length; index++) this.finish(index, null);
    this.feed();
    const slots = this.slots;
    return (index) => slots[index]!.promise as Promise<Phases[P]['result'] | null>;
  }

  /**
   * Takes back a batch not sent yet, for the main thread to do itself: the one holding
   * `index` when it is still queued, else the last one. Its indexes; null when all are sent.
   */
  takeBack(index: number): number[] | null {
    let at = this.queue.findIndex((batch) => batch.first <= index && index < batch.first + batch.jobs.length);
    if (at < 0) at = this.queue.length - 1;
    if (at < 0) return null;
    const [batch] = this.queue.splice(at, 1);
    return batch!.jobs.map((_, i) => batch!.first + i);
  }

  /** True once the result of `index` arrived (or fell to the main thread). */
  settled(index: number): boolean {
    return this.slots[index]?.done ?? true;
  }

  /** Ends workers started by prestart that the run did not take. */
  private discard(count: number): void {
    if (this.io.env.HOT_LINT_DEBUG) this.io.stderr(`hot-lint: debug: ${this.workers.length} worker(s) started early, not used for ${count} files.\n`);
    for (const { worker } of this.workers) void worker.terminate();
  }

  close(): void {
    if (this.io.env.HOT_LINT_DEBUG) {
      this.io.stderr(`hot-lint: debug: ${this.workers.length} worker(s) linted ${this.byWorkers} of ${this.total} files.\n`);
    }
    for (const { worker } of this.workers) void worker.terminate();
  }

  private finish(index: number, result: unknown): void {
    const slot = this.slots[index];
    if (!slot || slot.done) return;
    slot.done = true;
    slot.resolve(result);
  }

  private feed(): void {
    for (const state of this.workers) {
      while (!state.gone && state.held.size < IN_FLIGHT && this.queue.length) {
        const batch = this.queue.shift()!;
        state.held.set(batch.first, batch);
        state.worker.postMessage(batch);
      }
    }
  }
}

export const startPool = Pool.start;

/**
 * Pool.prestart for a command line about to be run (bin.ts): only a run that lints files; a bad
 * command line is main's to report.
 */
export function prestartPool(argv: string[], io: Io): void {
  if (argv[0] === 'catalog') return;
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch {
    return;
  }
  if (options.help || options.version || options.init || options.listRules || options.explain !== undefined || options.printConfig !== undefined) return;
  Pool.prestart(options, io);
}

/** Workers started by Pool.prestart, not taken yet. */
let early: Pool | null = null;

const setupKey = (cwd: string, options: CliOptions) => JSON.stringify({ cwd, options });

/**
 * The bytes of the files the workspace's walk would consider in the folders, counted up to `enough`
 * and over a few thousand entries at most: a guess before the real walk, which decides.
 */
function bytesUpTo(folders: string[], enough: number): number {
  const stack = [...folders];
  let found = 0;
  let seen = 0;
  while (stack.length > 0 && seen < 5000) {
    let entries;
    const dir = stack.pop()!;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      seen++;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(join(dir, entry.name));
      } else if (CANDIDATE_FILE.test(entry.name)) {
        try {
          found += statSync(join(dir, entry.name)).size;
        } catch {
          continue;
        }
        if (found >= enough) return found;
      }
    }
  }
  return found;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Set by the dist bundle's build (scripts/bundle.mjs) to its worker module's name. */
declare const HOT_LINT_WORKER_MODULE: string | undefined;

/** The worker module beside this one (dist/lint-worker.js), or null in a single-module build. */
function workerEntry(): URL | null {
  const entry = new URL(typeof HOT_LINT_WORKER_MODULE === 'string' ? HOT_LINT_WORKER_MODULE : './lint-worker.js', import.meta.url);
  return existsSync(entry) ? entry : null;
}
