#!/usr/bin/env node
// The language server under a long session (the built packages/server/dist/bin.js): random
// ranged edits of HOT templates from the shared corpus, a broken template, an environment file
// and non-HOT YAML, interleaved with completion, hover, definition, references, symbols, code
// actions, folding, links and rename (some cancelled at once), documents closed and reopened.
// Prints answers, errors by code, p50/p95 latency over the first vs the last fifth of the
// session, and the server's resident memory at start, peak and after closing everything.
//
//   SOAK_EDITS=10000 SOAK_REQUESTS=5000 SOAK_SEED=9 node bench/lsp-soak.bench.mjs
//
// The session driver is packages/server/test/soak-driver.ts (shared with the soak test); it is
// transpiled here with TypeScript, its package imports resolved from this folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverBin = process.env.HOT_LINT_SERVER ?? join(root, 'packages', 'server', 'dist', 'bin.js');
const corpusDir = join(root, '..', 'shared', 'corpus', 'heat-templates');
if (!existsSync(serverBin)) throw new Error(`${serverBin} is missing: run npm run build first`);
if (!existsSync(corpusDir)) throw new Error(`${corpusDir} is missing (the shared corpus)`);

async function loadDriver() {
  const source = readFileSync(join(root, 'packages', 'server', 'test', 'soak-driver.ts'), 'utf8');
  let js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
  // a data: module resolves only absolute specifiers: resolve the package imports from here
  js = js.replace(/from '([^'.][^']*)'/g, (whole, specifier) =>
    specifier.startsWith('node:') ? whole : `from '${import.meta.resolve(specifier)}'`,
  );
  return import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}

const number = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
const edits = number('SOAK_EDITS', 10_000);
const requests = number('SOAK_REQUESTS', Math.round(edits / 2));
const seed = number('SOAK_SEED', 9);

const { runSoak, formatReport } = await loadDriver();
const report = await runSoak({
  serverBin,
  corpusDir,
  seed,
  edits,
  requests,
  debounceMs: number('SOAK_DEBOUNCE_MS', 20),
  requestTimeoutMs: 30_000,
  idleMs: number('SOAK_IDLE_MS', 5000),
  closeEvery: 250,
  log: process.env.SOAK_VERBOSE ? (line) => console.error(line) : undefined,
});
console.log(`seed ${seed}, ${edits} edits, ${requests} requests, server ${serverBin}\n`);
console.log(formatReport(report));
if (process.env.SOAK_PRINT_IDLE) console.log("idle RSS samples (KB):", report.memory.idleKb.join(" "));

const failed =
  report.internalErrors.length + report.unexpectedErrors.length + report.timeouts.length + report.diagnostics.outOfRange.length + report.diagnostics.notCleared.length > 0 ||
  report.serverExit !== null;
process.exitCode = failed ? 1 : 0;
