import { statSync } from 'node:fs';
import type { CliOptions } from './args.js';
import { cacheFileOf, keyOf, LintCache } from './cache.js';
import type { LoadedConfig } from '@hot-lint/core';
import type { EnvironmentExamined, EnvironmentJob, Examined, Io, PlannedFile } from './main.js';
import type { Phase } from './pool.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';

interface Phases {
  template: { job: PlannedFile; result: Examined };
  environment: { job: EnvironmentJob; result: EnvironmentExamined };
}

/** The results of a phase, taken in order by the caller. */
export type Results<R> = (index: number) => Promise<R>;

/** Where a run's files get linted: the cache when nothing changed, else a worker thread, else (in order) the main thread. */
export class Scheduler {
  private readonly progress: Progress;

  private pool: Pool | null = null;

  private readonly configKeys = new WeakMap<LoadedConfig, string>();

  private constructor(
    private readonly cache: LintCache | null,
    private readonly io: Io,
    private readonly options: CliOptions,
  ) {
    this.progress = new Progress(io, options);
  }

  /** `fingerprint`: everything of the run the findings depend on besides each job and its files; a change drops the whole cache. */
  static start(options: CliOptions, io: Io, useCache: boolean, fingerprint: unknown): Scheduler {
    let cache: LintCache | null = null;
    if (useCache && !options.fix && !options.remote) {
      const { location, path } = cacheFileOf(options.cacheLocation, io.cwd);
      cache = LintCache.open(path, keyOf(fingerprint), (message) => io.stderr(`hot-lint: ${location}: ${message}\n`));
    }
    return new Scheduler(cache, io, options);
  }

  run<P extends Phase>(phase: P, jobs: Array<Phases[P]['job']>, inline: (job: Phases[P]['job']) => Phases[P]['result']): Results<Phases[P]['result']> {
    type R = Phases[P]['result'];
    const cache = this.cache;
    const keys = jobs.map((job) => this.keyOf(phase, job));
    const cached: Array<R | undefined> = jobs.map((job, index) => (cache ? (cache.lookup(phase, job.absolute, keys[index]!) as R | undefined) : undefined));
    const missing = jobs.map((_, index) => index).filter((index) => cached[index] === undefined);
    if (phase === 'template' && cache && jobs.length > 0 && missing.length === 0) this.io.nothingToLint?.();
    // Workers start only for enough bytes to lint (pool.ts), cached files not counted.
    this.pool ??= Pool.start(missing.length, missing.reduce((sum, index) => sum + bytesOf(jobs[index]!), 0), this.options, this.io);
    const ahead = missing.length && this.pool ? this.pool.run(phase, missing.map((index) => jobs[index]!)) : null;
    const position = new Map(missing.map((index, i) => [index, i]));
    this.progress.add(jobs.length);
    const pool = this.pool;
    const doneHere = new Map<number, R>(); // by position in `missing`
    /** The main thread lints too, while it waits: batches not sent to a worker yet, its own first. */
    const fromPool = async (at: number): Promise<R | null> => {
      if (!ahead || !pool) return null;
      while (!doneHere.has(at) && !pool.settled(at)) {
        const taken = pool.takeBack(at);
        if (!taken) break;
        for (const p of taken) doneHere.set(p, inline(jobs[missing[p]!]!));
        await new Promise((resolve) => setImmediate(resolve)); // let the workers' answers in
      }
      const here = doneHere.get(at);
      doneHere.delete(at);
      return here ?? ((await ahead(at)) as R | null);
    };
    return async (index) => {
      const job = jobs[index]!;
      let result = cached[index];
      if (result === undefined) {
        result = (await fromPool(position.get(index)!)) ?? inline(job);
        const depends = dependsOf(result, job.absolute);
        if (cache && depends) {
          const { text: _text, ...kept } = result as R & { text?: string };
          cache.store(phase, job.absolute, keys[index]!, depends, kept);
        }
      }
      this.progress.done();
      return result;
    };
  }

  /** A job's cache key: its configuration's (one hash per configuration, not per file) with the rest of the job. */
  private keyOf(phase: Phase, job: PlannedFile | EnvironmentJob): string {
    const { config, ...rest } = job;
    let configKey = config && this.configKeys.get(config);
    if (config && configKey === undefined) this.configKeys.set(config, (configKey = keyOf(config)));
    return keyOf(phase, configKey, rest);
  }

  close(): void {
    this.pool?.close();
    this.progress.end();
    if (this.cache) {
      this.cache.save((message) => this.io.stderr(`hot-lint: ${this.cache!.path}: ${message}\n`));
      if (this.io.env.HOT_LINT_DEBUG) this.io.stderr(`hot-lint: debug: cache: ${this.cache.stats.hits} reused, ${this.cache.stats.misses} linted.\n`);
    }
  }
}

function bytesOf(job: { absolute: string; text?: string }): number {
  if (job.text !== undefined) return job.text.length;
  try {
    return statSync(job.absolute).size;
  } catch {
    return 0; // the lint reports what is wrong with it
  }
}

/** The files a result was computed from; null when it must not be cached (the file could not be read). */
function dependsOf(result: Examined | EnvironmentExamined, absolute: string): readonly string[] | null {
  if ('kind' in result) {
    if (result.kind === 'skip' || result.kind === 'error') return null;
    return result.kind === 'template' ? result.depends : [absolute];
  }
  return result.diagnostics === null ? null : result.depends;
}
