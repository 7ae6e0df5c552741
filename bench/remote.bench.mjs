#!/usr/bin/env node
// The remote pass as an operator runs it: 50 templates with `--remote` against Debian's real
// Keystone and heat-all on 127.0.0.1, beside the same 50 templates linted offline in the same
// run (the baseline). Median of BENCH_RUNS (default 3) cold runs of the installed command.
// Skipped when Heat or Keystone is not installed (apt-get install -y python3-heat heat-api heat-engine keystone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/hot-lint.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const COUNT = 50;

if (!existsSync('/usr/bin/heat-all') || !existsSync('/usr/bin/keystone-manage')) {
  console.log('skipped: Heat or Keystone is not installed');
  process.exit(0);
}

// The tests' service helper is TypeScript: bundle it for node.
const esbuild = createRequire(join(root, 'package.json'))('esbuild');
const helperDir = mkdtempSync(join(tmpdir(), 'hot-lint-bench-'));
const helper = join(helperDir, 'services.mjs');
await esbuild.build({ entryPoints: [join(root, 'packages/remote/test/helpers/services.ts')], bundle: true, platform: 'node', format: 'esm', outfile: helper, logLevel: 'error' });
const { startHeat, startKeystone } = await import(pathToFileURL(helper).href);

const PASSWORD = 'bench-Pa55-word';
const [keystone, heat] = await Promise.all([startKeystone(PASSWORD), startHeat()]);
const dir = mkdtempSync(join(tmpdir(), 'hot-lint-bench-templates-'));
try {
  await keystone.registerHeat(heat.url);
  for (let i = 0; i < COUNT; i++) {
    writeFileSync(
      join(dir, `t${String(i).padStart(2, '0')}.yaml`),
      `heat_template_version: 2021-04-16\ndescription: template ${i}\nparameters:\n  length:\n    type: number\n    default: ${8 + i}\n` +
        `resources:\n  name:\n    type: OS::Heat::RandomString\n    properties:\n      length: { get_param: length }\n` +
        `  wait:\n    type: OS::Heat::None\n    depends_on: name\noutputs:\n  value:\n    value: { get_attr: [name, value] }\n`,
    );
  }
  const env = {
    ...process.env,
    OS_CLOUD: '',
    OS_AUTH_URL: `${keystone.url}/v3`,
    OS_USERNAME: 'admin',
    OS_PASSWORD: PASSWORD,
    OS_PROJECT_NAME: 'admin',
    OS_USER_DOMAIN_NAME: 'Default',
    OS_PROJECT_DOMAIN_NAME: 'Default',
    OS_REGION_NAME: 'RegionOne',
    HTTP_PROXY: '',
    HTTPS_PROXY: '',
    http_proxy: '',
    https_proxy: '',
  };
  const median = (args) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [bin, '-f', 'json', ...args, dir], { cwd: dir, env, encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0) throw new Error(`hot-lint ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-500)}`);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  const offline = median([]);
  console.log(`| ${COUNT} templates | median ms | x offline |\n| --- | ---: | ---: |`);
  console.log(`| offline (baseline) | ${offline.toFixed(0)} | 1.00 |`);
  for (const concurrency of [1, 4, 8]) {
    const ms = median(['--remote', '--concurrency', String(concurrency)]);
    console.log(`| --remote --concurrency ${concurrency}${concurrency === 4 ? ' (default)' : ''} | ${ms.toFixed(0)} | ${(ms / offline).toFixed(2)} |`);
  }
} finally {
  await Promise.all([keystone.stop(), heat.stop()]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(helperDir, { recursive: true, force: true });
}
