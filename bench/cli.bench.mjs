#!/usr/bin/env node
// Cold runs of the hot-lint command, each beside `node -e 0` measured in the same run:
// one small template (with dist/bin.js and with the pre-commit entry, hook/hot-lint.mjs), and
// the whole shared corpus in directory mode. Median of several runs,
// printed in ms and as a ratio to starting node itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/hot-lint.cjs'); // the installed command (compiled modules)
const modules = join(root, 'packages/cli/dist/bin.js'); // the compiled modules, unbundled
const hook = join(root, 'packages/cli/hook/hot-lint.mjs'); // what pre-commit runs (the committed single-module build)
const corpus = resolve(root, '../shared/corpus/heat-templates');
const runs = Number(process.env.BENCH_RUNS ?? 7);

function median(command, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const cases = [
  ['node -e 0', process.execPath, ['-e', '0']],
  ['hot-lint --version', process.execPath, [bin, '--version']],
  ['hot-lint examples/hello_world.yaml', process.execPath, [bin, 'examples/hello_world.yaml']],
  // An older release: the newest catalog plus that release's differences.
  ['hot-lint --heat-release train examples/hello_world.yaml', process.execPath, [bin, '--heat-release', 'train', 'examples/hello_world.yaml']],
  ['compiled modules (dist/bin.js) examples/hello_world.yaml', process.execPath, [modules, 'examples/hello_world.yaml']],
  ['pre-commit entry examples/hello_world.yaml', process.execPath, [hook, 'examples/hello_world.yaml']],
];
if (existsSync(corpus)) cases.push(['hot-lint <corpus dir>', process.execPath, [bin, '-f', 'json', corpus]]);

const baseline = median(process.execPath, ['-e', '0']);
console.log(`| case | median ms | x node -e 0 |\n| --- | ---: | ---: |`);
for (const [name, command, args] of cases) {
  const ms = name === 'node -e 0' ? baseline : median(command, args);
  console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(2)} |`);
}
