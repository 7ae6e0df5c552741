#!/usr/bin/env node
// Language server latency over stdio (the built packages/server/dist/bin.js): diagnostics after
// an edit, completion and hover, on a small template and on a ~350 KB one, beside the time to
// parse that text with `yaml` in the same run (the ratio compares across machines).
// Completion and hover are compared with a request the server answers without work (an unknown
// method: the JSON-RPC round trip alone), measured in the same run.
// Linting starts at once here (HOT_LINT_DEBOUNCE_MS=0); editors get a 200 ms pause first.
// HOT_LINT_SERVER_BIN=path/to/bin.js measures another build (an older checkout, for before/after).
// Then the server's resident memory (Linux /proc): fresh, after the edits, at its peak, and after
// closing the documents (bench/lsp-soak.bench.mjs measures memory over a long mixed session).
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.HOT_LINT_SERVER_BIN || join(root, 'packages', 'server', 'dist', 'bin.js');

const HEADER = `heat_template_version: 2018-08-31
parameters:
  image:
    type: string
    default: cirros
  flavor:
    type: string
resources:
`;
const resource = (i) => `  server_${i}:
    type: OS::Nova::Server
    properties:
      name: server-${i}
      image: { get_param: image }
      flavor: { get_param: flavor }
      networks:
        - port: { get_resource: port_${i} }
      metadata:
        index: "${i}"
  port_${i}:
    type: OS::Neutron::Port
    depends_on: [server_${i > 0 ? i - 1 : 0}]
    properties:
      network: private
      fixed_ips:
        - subnet: private-subnet
`;
const OUTPUTS = `outputs:
  first:
    value: { get_attr: [server_0, networks] }
`;
function template(count) {
  let text = HEADER;
  for (let i = 0; i < count; i++) text += resource(i);
  return text + OUTPUTS;
}
const small = template(2);
let count = 1;
while (template(count).length < 350 * 1024) count *= 2;
let lo = count / 2;
let hi = count;
while (hi - lo > 1) {
  const mid = Math.floor((lo + hi) / 2);
  if (template(mid).length < 350 * 1024) lo = mid;
  else hi = mid;
}
const large = template(hi);

const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, HOT_LINT_DEBOUNCE_MS: '0' } });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  const key = `${params.uri}#${params.version}`;
  waiting.get(key)?.(params);
  waiting.delete(key);
});
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});

/** The server's resident and peak resident memory in MB, or null off Linux. */
function memory() {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
const memoryRows = [['fresh (initialized)', memory()]];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const diagnosticsFor = (uri, version) => new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));

async function measure(name, text, runs, requests) {
  const uri = `file:///bench/${name}.yaml`;
  const lines = text.split('\n');
  let version = 1;
  const opened = diagnosticsFor(uri, version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  await opened;

  // Edit a value in the middle of the document, alternating between two texts.
  const editLine = lines.findIndex((l, i) => i > lines.length / 2 && l.includes('name: server-'));
  const col = lines[editLine].indexOf('server-');
  const diagnostics = [];
  const firstCompletion = [];
  const propertyLine = lines.findLastIndex((l) => l.startsWith('      network: private'));
  const typeLine = lines.findLastIndex((l) => l.includes('type: OS::Nova::Server'));
  const completeProperty = () => connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: propertyLine, character: 6 } });
  for (let i = 0; i < runs; i++) {
    version++;
    const done = diagnosticsFor(uri, version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: editLine, character: col }, end: { line: editLine, character: col + 1 } }, text: i % 2 ? 's' : 'S' }],
    });
    await done;
    diagnostics.push(performance.now() - start);
    // The first request on the new version: whatever is built per version is paid here.
    const asked = performance.now();
    await completeProperty();
    firstCompletion.push(performance.now() - asked);
  }
  memoryRows.push([`${name} open, after ${runs} edits`, memory()]);
  // Completion of property names at the end of the document's last resource's properties, and hover on a type,
  // beside the round trip of a request with no work; interleaved, so that load on the machine hits all three alike.
  const completion = [];
  const hover = [];
  const roundTrip = [];
  for (let i = 0; i < requests; i++) {
    let start = performance.now();
    await connection.sendRequest('$/hotLint/noSuchMethod', {}).catch(() => null);
    roundTrip.push(performance.now() - start);
    start = performance.now();
    const list = await completeProperty();
    completion.push(performance.now() - start);
    if (!list?.items?.length) throw new Error('no completion items');
    start = performance.now();
    const result = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: typeLine, character: 14 } });
    hover.push(performance.now() - start);
    if (!result) throw new Error('no hover');
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

  const parse = [];
  for (let i = 0; i < Math.min(runs, 10); i++) {
    const start = performance.now();
    parseDocument(text);
    parse.push(performance.now() - start);
  }
  const base = percentile(parse, 50);
  const trip = percentile(roundTrip, 50);
  const row = (what, values, baseline) =>
    console.log(
      `| ${name.padEnd(5)} | ${(text.length / 1024).toFixed(0).padStart(4)} KB | ${what.padEnd(24)} | ${percentile(values, 50).toFixed(1).padStart(7)} | ${percentile(values, 95).toFixed(1).padStart(7)} | ${(percentile(values, 50) / baseline).toFixed(2).padStart(6)} |`,
    );
  row('diagnostics after edit', diagnostics, base);
  row('yaml parse (baseline)', parse, base);
  row('completion after an edit', firstCompletion, trip);
  row('completion', completion, trip);
  row('hover', hover, trip);
  row('no-op request (baseline)', roundTrip, trip);
  memoryRows.push([`${name} closed`, memory()]);
}

console.log('| text  |    size | measure                  |  p50 ms |  p95 ms | × its baseline (p50) |');
console.log('| ----- | ------- | ------------------------ | ------- | ------- | -------------------- |');
await measure('small', small, 30, 100);
await measure('large', large, 30, 100);
console.log('\n| server memory                         | RSS MB | peak RSS MB |');
console.log('| ------------------------------------- | ------ | ----------- |');
for (const [what, m] of memoryRows) {
  console.log(`| ${what.padEnd(37)} | ${m ? m.rss.toFixed(0).padStart(6) : '     -'} | ${m ? m.peak.toFixed(0).padStart(11) : '          -'} |`);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
child.kill();
