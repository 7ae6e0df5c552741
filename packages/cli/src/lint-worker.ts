// A pool worker (pool.ts): does the batches the main thread sends with the same code, and
// the same per-root project sessions kept across batches, as a sequential run.
import { parentPort, workerData } from 'node:worker_threads';
import * as core from '@hot-lint/core';
import { saveCompileCache } from './compile-cache.js';
import type { Examined } from './main.js';
import { cliWorkspace, examine, lintEnvironmentJob, ProjectRun } from './main.js';
import type { FromWorker, ToWorker, WorkerSetup } from './pool.js';

const { cwd, options } = workerData as WorkerSetup;
const project = new ProjectRun(core, cliWorkspace(core, cwd, options), cwd, options);
project.checkEnvironments();

parentPort!.on('message', (batch: ToWorker) => {
  let reply: FromWorker;
  try {
    const results =
      batch.phase === 'template'
        ? batch.jobs.map((file) => {
            const { text: _text, ...examined } = examine(core, project, file, options) as Examined & { text?: string };
            return examined; // the main thread has no use for the text (pool.ts: never with --fix or --remote)
          })
        : batch.jobs.map((job) => lintEnvironmentJob(core, project, job, options));
    reply = { first: batch.first, results };
  } catch (error) {
    reply = { first: batch.first, count: batch.jobs.length, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
  // The pool ends its workers without an exit event: the code cache is saved once this code has run.
  saveCompileCache();
});
