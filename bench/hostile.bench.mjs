#!/usr/bin/env node
// Hostile inputs through the built command, each beside a benign input of the same shape run
// the same way in the same run: wall time and peak memory (maxRSS) of the whole process, and
// what hot-lint said. The figures of docs/hostile-input.md come from here (`npm run bench hostile`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Options, to measure another build the same way: --bin PATH (its dist/bin.js), --timeout SECONDS
// (per run; a run cut short shows as "timeout"), --only REGEX (the inputs to run).
const here = dirname(fileURLToPath(import.meta.url));
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const BIN = option('--bin') ?? join(here, '../packages/cli/dist/bin.js');
const TIMEOUT_MS = Number(option('--timeout') ?? 600) * 1000;
const ONLY = option('--only') ? new RegExp(option('--only')) : null;
const work = mkdtempSync(join(tmpdir(), 'hot-lint-hostile-bench-'));
const preload = join(work, 'peak.cjs');
writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nPEAK ${process.resourceUsage().maxRSS}\\n`));\n");
writeFileSync(join(work, '.hot-lint.yaml'), 'rules: {}\n');

const HEAD = 'heat_template_version: 2021-04-16\n';
function file(name, text) {
  const path = join(work, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function run(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, BIN, '-f', 'json', ...args], { cwd: work, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const peak = Number(/PEAK (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  let findings = [];
  try {
    findings = JSON.parse(r.stdout).files.flatMap((f) => f.diagnostics);
  } catch {
    // not JSON: reported below as the first line of stderr
  }
  const longest = Math.max(0, ...findings.map((f) => (f.message ?? '').length));
  const said = r.error ? `stopped after ${TIMEOUT_MS / 1000} s (${r.error.code ?? r.error.message})` : (r.stderr.replace(/\nPEAK \d+\n$/, '').split('\n')[0] ?? '');
  return { ms, peak, status: r.status, count: findings.length, longest, said };
}

const pattern = (p, value) =>
  `${HEAD}parameters:\n  p:\n    type: string\n    default: "${value}"\n    constraints:\n      - allowed_pattern: "${p}"\noutputs:\n  o: {value: {get_param: p}}\n`;
function aliases(bytes, anchored) {
  let params = '';
  const refs = [];
  for (let i = 0; params.length + refs.join(', ').length < bytes; i++) {
    params += `  p${i}: ${anchored ? `&a${i} ` : ''}{type: string, default: x}\n`;
    refs.push(anchored ? `*a${i}` : `{type: string, default: x}`);
  }
  return `${HEAD}parameters:\n${params}outputs:\n  o:\n    value: [${refs.join(', ')}]\n`;
}
function plain(bytes) {
  let text = `${HEAD}parameters:\n`;
  for (let i = 0; text.length < bytes; i++) text += `  p${i}: {type: string, default: [a, b, c, d, e, f, g, h]}\n`;
  return text;
}

function described(bytes) {
  let text = `${HEAD}parameters:\n`;
  for (let i = 0; text.length < bytes; i++) text += `  p${i}: {type: string, default: x, description: "${'word '.repeat(180)}"}\n`;
  return text;
}

const cases = [];
const measure = (name, hostile, baseline) => {
  if (ONLY && !ONLY.test(name)) return;
  const h = run(hostile);
  const b = run(baseline);
  cases.push({ name, h, b });
  console.log(
    `| ${name} | ${(h.ms / 1000).toFixed(2)} s (${(h.ms / b.ms).toFixed(1)}x) | ${h.peak.toFixed(0)} MB (${(h.peak / b.peak).toFixed(1)}x) | exit ${h.status}, ${h.count} findings, longest message ${h.longest} | ${h.said.slice(0, 90)} |`,
  );
};

console.log('| input | time (x baseline) | peak memory (x baseline) | outcome | stderr |');
console.log('| --- | --- | --- | --- | --- |');
measure('allowed_pattern "(a+)+$", 40-character default', [file('re.yaml', pattern('(a+)+$', `${'a'.repeat(40)}!`))], [file('re-base.yaml', pattern('[a-z]+$', `${'a'.repeat(40)}!`))]);
measure('20 KB of aliases', [file('alias20.yaml', aliases(20_000, true))], [file('alias20-base.yaml', aliases(20_000, false))]);
measure('80 KB of aliases', [file('alias80.yaml', aliases(80_000, true))], [file('alias80-base.yaml', aliases(80_000, false))]);
{
  for (let level = 0; level < 6; level++) {
    const resources = Array.from({ length: 40 }, (_, i) => `  r${i}:\n    type: t${level + 1}.yaml\n`).join('');
    file(`nested/t${level}.yaml`, `${HEAD}resources:\n${level < 5 ? resources : '  x:\n    type: OS::Heat::None\n'}`);
  }
  const flat = Array.from({ length: 40 }, (_, i) => `  r${i}:\n    type: OS::Heat::None\n`).join('');
  measure('nested templates, each naming the next 40 times, 5 deep', ['nested/t0.yaml'], [file('nested-base.yaml', `${HEAD}resources:\n${flat}`)]);
}
{
  spawnSync('mkfifo', [join(work, 'pipe.yaml')]);
  symlinkSync('/dev/zero', join(work, 'zero.yaml'));
  const tiny = file('tiny.yaml', `${HEAD}description: tiny\n`);
  measure('a named pipe named on the command line', ['pipe.yaml'], [tiny]);
  measure('a link to /dev/zero named on the command line', ['zero.yaml'], [tiny]);
}
measure('CR-only template (1 MB)', [file('cr.yaml', `${HEAD}description: >\r  ${'word '.repeat(200_000)}\rparameters:\r  p:\r    type: string\r`)], [file('lf.yaml', `${HEAD}description: >\n  ${'word '.repeat(200_000)}\nparameters:\n  p:\n    type: string\n`)]);
// The same size with a hundredth of the nodes (long descriptions): under the node limit, parsed and linted whole.
measure('9 MB template without aliases (2 million nodes)', [file('big.yaml', plain(9_000_000))], [file('big-base.yaml', described(9_000_000))]);
{
  const one = plain(52_000);
  for (let i = 0; i < 100; i++) file(`many/t${i}.yaml`, one);
  file('one/t.yaml', one);
  measure('100 templates of 52 KB in one run', ['many'], ['one']);
}
rmSync(work, { recursive: true, force: true });
