#!/usr/bin/env node
// Issue 17's figures, each beside its baseline measured in the same run (the machine may be
// shared, so absolute times are noisy; the ratios are the result). Whole processes, run
// round-robin BENCH_RUNS times (default 3): median wall and CPU time, peak RSS (CPU and RSS
// from /usr/bin/time when it exists). The LSP figures are server.bench.mjs's.
//  - the public corpus (../shared/corpus/heat-templates): the CLI with its worker threads, and
//    with none (HOT_LINT_WORKERS=0), vs read + yaml.parseDocument of the same files in one Node
//    process, and vs Heat 19's own offline validation of its templates (python3-heat);
//  - one small template, cold, vs `node -e 0`;
//  - the TripleO tree (../shared/corpus/tripleo-heat-templates-queens rendered with its
//    tools/process-templates.py and python3-jinja2): the CLI, and --cache cold then warm.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/hot-lint.cjs');
const corpus = resolve(root, '../shared/corpus/heat-templates');
const tripleo = resolve(root, '../shared/corpus/tripleo-heat-templates-queens');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = mkdtempSync(join(tmpdir(), 'hot-lint-perf-'));
/** BENCH_ONLY=corpus,small,tripleo runs only those sections (all by default). */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const section = (name) => !only || only.has(name);

/** One whole process: wall ms, CPU ms (user + system) and peak RSS MB (the last two when /usr/bin/time exists). */
function once(command, args, options = {}) {
  const rssFile = join(scratch, 'rss');
  const [cmd, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(result.status === 1 && command === process.execPath && args[0] === bin)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [rss, user, system] = TIME ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpu: (user + system) * 1000, rss: rss / 1024 };
}
function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
/**
 * Each case BENCH_RUNS times, round-robin (one run of each, then again), so a burst of load
 * from other processes falls on every case alike; medians of wall and CPU time, peak RSS.
 */
async function compare(cases) {
  const samples = cases.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of cases.entries()) {
      c.before?.();
      samples[i].push(c.heat ? { ms: await heatOnce(c.heat), cpu: NaN, rss: NaN } : once(c.command, c.args, c));
    }
  }
  return cases.map((c, i) => [c.name, { ms: median(samples[i].map((s) => s.ms)), cpu: median(samples[i].map((s) => s.cpu)), rss: Math.max(...samples[i].map((s) => s.rss)) }]);
}
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
function table(title, rows) {
  console.log(`\n### ${title}\n\n| case | median wall ms | × baseline | median CPU ms | × baseline | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
  const base = rows[0][1];
  for (const [name, m] of rows) {
    console.log(`| ${name} | ${fmt(m.ms)} | ${(m.ms / base.ms).toFixed(2)} | ${fmt(m.cpu)} | ${Number.isFinite(m.cpu) ? (m.cpu / base.cpu).toFixed(2) : '–'} | ${fmt(m.rss)} |`);
  }
}

/** The files hot-lint reports for a folder, listed in a file for the parse floor. */
function lintedFiles(dir) {
  const r = spawnSync(process.execPath, [bin, '-f', 'json', dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const list = join(scratch, `files-${Math.random().toString(36).slice(2)}`);
  writeFileSync(list, JSON.parse(r.stdout).files.map((f) => resolve(root, f.path)).join('\n'));
  return list;
}

/** The same files, read and parsed with yaml in one Node process: the floor a linter of these files is compared with. */
const parseFloor = join(scratch, 'parse-floor.mjs');
writeFileSync(
  parseFloor,
  `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const { parseDocument } = createRequire(${JSON.stringify(join(root, 'package.json'))})('yaml');
const files = readFileSync(process.argv[2], 'utf8').split('\\n');
let n = 0;
for (const f of files) { parseDocument(readFileSync(f, 'utf8')); n++; }
if (!n) process.exit(3);
`,
);

function templatesIn(dir) {
  const r = spawnSync('grep', ['-rlE', '--include=*.yaml', '^heat_template_version', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return r.stdout.trim().split('\n').filter(Boolean).sort();
}

/** Heat 19's own validation (agreement/heat_validate.py), whole process: start, validate each template, exit. */
async function heatOnce(files) {
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/python3', [join(root, 'agreement/heat_validate.py')], { env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout });
  let answered = -1; // the first line is {"ready": true}
  const done = new Promise((res) =>
    lines.on('line', () => {
      if (++answered === files.length) res();
    }),
  );
  for (const [id, path] of files.entries()) child.stdin.write(`${JSON.stringify({ id, template: readFileSync(path, 'utf8'), files: {}, environment: null, modes: ['validate'] })}\n`);
  child.stdin.end();
  await done;
  await new Promise((res) => (child.exitCode !== null ? res() : child.on('exit', res)));
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const heatUsable = spawnSync('/usr/bin/python3', ['-c', 'import heat.engine.service'], { timeout: 60_000 }).status === 0;

// ---- the public corpus ------------------------------------------------------------------
const node = process.execPath;
if (section('corpus') && existsSync(corpus)) {
  const templates = templatesIn(corpus);
  const cases = [
    { name: 'read + yaml.parseDocument of the same files, one Node process (baseline)', command: node, args: [parseFloor, lintedFiles(corpus)] },
    { name: 'hot-lint -f json <corpus> (worker threads as the bytes to lint pay for)', command: node, args: [bin, '-f', 'json', corpus] },
    { name: 'hot-lint -f json <corpus>, HOT_LINT_WORKERS=0', command: node, args: [bin, '-f', 'json', corpus], env: { HOT_LINT_WORKERS: '0' } },
    { name: 'hot-lint -f json <corpus>, HOT_LINT_WORKERS=1', command: node, args: [bin, '-f', 'json', corpus], env: { HOT_LINT_WORKERS: '1' } },
  ];
  if (heatUsable) cases.push({ name: `Heat 19 offline validate of the ${templates.length} templates (python3-heat, agreement/heat_validate.py)`, heat: templates });
  const rows = await compare(cases);
  table(`public corpus: ${templates.length} templates, ${spawnSync('du', ['-sh', corpus], { encoding: 'utf8' }).stdout.split('\t')[0]}`, rows);
  if (heatUsable) console.log(`\nHeat wall ÷ hot-lint wall: ${(rows[4][1].ms / rows[1][1].ms).toFixed(2)}×`);
}

// ---- one small template, cold --------------------------------------------------------------
if (section('small')) {
  table(
    'one small template, cold',
    await compare([
      { name: 'node -e 0 (baseline)', command: node, args: ['-e', '0'] },
      { name: 'hot-lint examples/hello_world.yaml', command: node, args: [bin, 'examples/hello_world.yaml'] },
      { name: 'same, NODE_DISABLE_COMPILE_CACHE=1 (no V8 code cache)', command: node, args: [bin, 'examples/hello_world.yaml'], env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
    ]),
  );
}

// ---- the TripleO tree, rendered ------------------------------------------------------------
const jinja = section('tripleo') && spawnSync('/usr/bin/python3', ['-c', 'import jinja2, yaml'], { timeout: 60_000 }).status === 0;
if (existsSync(tripleo) && jinja) {
  const tree = join(scratch, 'tripleo');
  const render = spawnSync('/usr/bin/python3', ['tools/process-templates.py', '-p', '.', '-r', 'roles_data.yaml', '-n', 'network_data.yaml', '-o', tree], { cwd: tripleo, stdio: 'ignore' });
  if (render.status !== 0) throw new Error('tools/process-templates.py failed');
  const cold = join(scratch, 'cold-cache');
  const warm = join(scratch, 'warm-cache');
  const cacheArgs = (file) => [bin, '-f', 'json', '--cache', '--cache-location', file, tree];
  once(node, cacheArgs(warm));
  const rows = await compare([
    { name: 'read + yaml.parseDocument of the same files, one Node process (baseline)', command: node, args: [parseFloor, lintedFiles(tree)] },
    { name: 'hot-lint -f json <tree> (worker threads)', command: node, args: [bin, '-f', 'json', tree] },
    { name: 'hot-lint -f json <tree>, HOT_LINT_WORKERS=0', command: node, args: [bin, '-f', 'json', tree], env: { HOT_LINT_WORKERS: '0' } },
    { name: 'hot-lint --cache, first run (no cache file)', command: node, args: cacheArgs(cold), before: () => rmSync(cold, { force: true }) },
    { name: 'hot-lint --cache, second run (nothing changed)', command: node, args: cacheArgs(warm) },
  ]);
  table(`TripleO queens, rendered: ${templatesIn(tree).length} templates`, rows);
  console.log(`\nsecond run ÷ first run with --cache: wall ${((rows[4][1].ms / rows[3][1].ms) * 100).toFixed(1)}%, CPU ${((rows[4][1].cpu / rows[3][1].cpu) * 100).toFixed(1)}%`);
}
rmSync(scratch, { recursive: true, force: true });
