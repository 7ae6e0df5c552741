// The worker threads' module in the installed command (pool.ts): the worker bundle, run with the code cache.
import { runBundle } from './compile-cache.js';

runBundle(new URL('./lint-worker.bundle.cjs', import.meta.url));
