// A long language-server session against the built server (packages/server/dist/bin.js),
// shared by test/soak.test.ts (a bounded run) and bench/lsp-soak.bench.mjs (the long run).
//
// It opens HOT templates from the shared corpus (read, never written), a broken template, an
// environment file and a YAML file that is not HOT, then applies random ranged edits and sends
// random requests (some cancelled at once, some in bursts), closes and reopens documents, and
// records: answers and errors by code, latencies at the start and at the end, the server's
// resident memory (VmRSS of the child in /proc) and every published diagnostic that falls
// outside its document's text. Deterministic for a given seed (fast-check generates the steps).
//
// Self-contained (only node:*, fast-check and the LSP protocol package) so that the benchmark
// can load it by transpiling this file.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
  CancellationTokenSource,
  createProtocolConnection,
  PublishDiagnosticsNotification,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, Position, ProtocolConnection, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';

export interface SoakOptions {
  /** The built server (dist/bin.js). */
  serverBin: string;
  /** The shared corpus folder (../shared/corpus/heat-templates). */
  corpusDir: string;
  seed: number;
  edits: number;
  requests: number;
  /** HOT_LINT_DEBOUNCE_MS for the server; small so that diagnostics are published often. */
  debounceMs?: number;
  /** A request not answered in this time counts as unanswered. */
  requestTimeoutMs?: number;
  /** Pause after closing everything before reading the memory figure. */
  idleMs?: number;
  /** Close a document (and reopen it) every this many steps. */
  closeEvery?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface Failure {
  what: string;
  detail: string;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
}

export interface SoakReport {
  edits: number;
  requestsSent: number;
  requestsAnswered: number;
  cancelledSent: number;
  timeouts: Failure[];
  /** Answers by outcome: "ok" or the LSP error code, per method. */
  outcomes: Record<string, Record<string, number>>;
  errorsByCode: Record<string, number>;
  internalErrors: Failure[];
  /** Errors other than RequestCancelled (-32800) and InvalidParams (-32602) from rename. */
  unexpectedErrors: Failure[];
  latencyStart: LatencySummary;
  latencyEnd: LatencySummary;
  /** Resident memory of the server, in KB. */
  memory: {
    /** After initialize (and a full GC). */
    startKb: number;
    startHeapKb: number;
    /** With every document open and linted once (after a full GC). */
    afterOpenKb: number;
    afterOpenHeapKb: number;
    /** The most the server held (VmHWM, and VmRSS sampled every 100 ms). */
    peakKb: number;
    /** After closing everything and the idle pause, before and after a full GC. */
    endBeforeGcKb: number;
    endKb: number;
    endHeapKb: number;
    idleKb: number[];
  };
  diagnostics: {
    published: number;
    nonEmpty: number;
    checked: number;
    outOfRange: Failure[];
    unknownVersion: Failure[];
    nonHot: Failure[];
    notCleared: Failure[];
    afterClose: Failure[];
  };
  closes: number;
  serverErrorLogs: string[];
  serverStderr: string;
  serverExit: string | null;
  durationMs: number;
}

const CANCELLED = -32800;
/** LSP's answer to a request an edit already queued behind it made outdated (the server drops that work). */
const CONTENT_MODIFIED = -32801;
const INVALID_PARAMS = -32602;
const INTERNAL_ERROR = -32603;

// ---------------------------------------------------------------------------------------------
// Documents

interface DocSpec {
  name: string;
  uri: string;
  original: string;
  /** Edits keep it free of `heat_template_version` and of environment sections. */
  nonHot?: boolean;
}

const BROKEN = `heat_template_version: 2018-08-31
description: a template whose YAML is broken in several places
parameters:
  image:
    type: string
	default: cirros
  flavor: {type: string, default: [m1.small
resources:
  server:
    type: OS::Nova::Server
    properties:
      image: { get_param: image }
      image: { get_param: flavor }
      flavor: "unterminated
  volume:
    type: OS::Cinder::Volume
    properties:
      size: *missing_anchor
outputs:
  - not a mapping
`;

// Kept free of environment section names: any other top-level key makes it non-HOT YAML.
const NON_HOT = `version: "3.8"
services:
  web:
    image: nginx:1.25
    ports:
      - "8080:80"
    environment:
      MODE: production
    deploy:
      replicas: 2
volumes:
  data: {}
`;

const CORPUS_TEMPLATES = [
  'hot/hello_world.yaml',
  'hot/F20/WordPress_2_Instances.yaml',
  'hot/software-config/example-templates/example-pristine-atomic-tool.yaml',
  'openshift-origin/centos65/highly-available/invalid/oso_ha.yaml',
];
const CORPUS_ENVIRONMENT = 'hot/software-config/boot-config/fedora_pip_env.yaml';

function documentSpecs(corpusDir: string): DocSpec[] {
  const fromCorpus = (path: string): DocSpec => {
    const file = join(corpusDir, path);
    return { name: path, uri: pathToFileURL(file).href, original: readFileSync(file, 'utf8') };
  };
  return [
    ...CORPUS_TEMPLATES.map(fromCorpus),
    fromCorpus(CORPUS_ENVIRONMENT),
    { name: 'broken.yaml', uri: 'file:///soak/broken.yaml', original: BROKEN },
    { name: 'compose.yaml', uri: 'file:///soak/compose.yaml', original: NON_HOT, nonHot: true },
  ];
}

/** Lines as LSP counts them: \n, \r\n and \r end a line. */
function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lengths.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lengths.push(text.length - start);
  return lengths;
}

/** An offset in the text that does not split a \r\n. */
function offsetFrom(text: string, n: number): number {
  const offset = n % (text.length + 1);
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Applies LSP ranged changes, in order, the way vscode-languageserver-textdocument does. */
function offsetAt(text: string, position: Position): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text.charCodeAt(i);
    i++;
    if (c === 13 && text.charCodeAt(i) === 10) i++;
    if (c === 10 || c === 13) line++;
  }
  if (line < position.line) return text.length;
  let end = i;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return Math.min(i + position.character, end);
}

function applyChange(text: string, range: Range, insert: string): string {
  const start = offsetAt(text, range.start);
  const end = offsetAt(text, range.end);
  return text.slice(0, start) + insert + text.slice(end);
}

function rangeInside(range: Range, lengths: number[]): boolean {
  const ok = (p: Position) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
  if (!ok(range.start) || !ok(range.end)) return false;
  return range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
}

// ---------------------------------------------------------------------------------------------
// Random steps (fast-check, fixed seed)

const PUNCTUATION = [':', ': ', '-', '- ', ' ', '  ', '\n', '\n  ', '\r\n', '\r', '\t', '\0', '{', '}', '[', ']', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', '\\', '---\n', '...\n', '<<: '];
const TOKENS = [
  'get_param', 'get_resource', 'get_attr', 'get_file', 'str_replace', 'list_join', 'if', 'equals',
  '{ get_param: image }', '{ get_attr: [server, first_address] }', 'type: OS::Nova::Server', 'OS::Heat::', 'properties:',
  'resources:', 'parameters:', 'outputs:', 'conditions:', 'depends_on: ', 'description: ', 'value: ', 'template: |',
  '2018-08-31', 'type: string', 'default: ', 'server', 'image', 'flavor', 'network', 'true', 'null', '~', '0x1F', '1e400',
];
const UNICODE = ['é', 'ß', '中文', '😀', '👩‍👩‍👧', '\u2028', '\u00a0', '\ufeff', '\ud800', '\udc00', 'ǅ', 'İ'];

const textArb = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: fc.constantFrom(...PUNCTUATION), maxLength: 8 }) },
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...TOKENS, ...PUNCTUATION), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...UNICODE, 'a', ' '), { maxLength: 6 }).map((a) => a.join('')) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  // a very long line (up to 20,000 characters)
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'ab ', '{', '- ', '"', ':', '😀'), fc.integer({ min: 1000, max: 20000 }))
      .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
  },
);

const METHODS = [
  'completion',
  'hover',
  'definition',
  'references',
  'documentSymbol',
  'codeAction',
  'foldingRange',
  'documentLink',
  'rename',
  'prepareRename',
] as const;
type Method = (typeof METHODS)[number];

const nameArb = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', ' ', 'a:b', 'get_param', '😀', 'x'.repeat(300)),
);

const stepArb = fc.record({
  doc: fc.nat(),
  /** 0..999 picks between kinds of edit / request variants. */
  dice: fc.integer({ min: 0, max: 999 }),
  a: fc.nat(),
  b: fc.nat(),
  changes: fc.integer({ min: 1, max: 3 }),
  deleteLength: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 3000 })),
  texts: fc.array(textArb, { minLength: 3, maxLength: 3 }),
  method: fc.constantFrom(...METHODS),
  burst: fc.array(fc.tuple(fc.constantFrom(...METHODS), fc.nat(), fc.boolean()), { minLength: 2, maxLength: 4 }),
  cancel: fc.integer({ min: 0, max: 99 }),
  name: nameArb,
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// The session

interface OpenDoc {
  spec: DocSpec;
  text: string;
  version: number;
  open: boolean;
  /** Texts of versions sent and not yet superseded by a publication. */
  history: Map<number, string>;
  lastDiagnostics: Diagnostic[];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(values: number[]): LatencySummary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95) };
}

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

function hwmKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const closeEvery = options.closeEvery ?? 250;
  const specs = documentSpecs(options.corpusDir);

  // Instrumentation only (the server's code is untouched): on SIGUSR2 the server process runs a
  // full garbage collection and writes its memory use to stderr, so that the memory figure
  // after closing everything is not just garbage that V8 has not collected yet. No V8 flag on
  // the command line (an editor gives none): the hook exposes `gc` only when signalled.
  const hook = `import v8 from 'node:v8'; import vm from 'node:vm'; process.on('SIGUSR2', () => { v8.setFlagsFromString('--expose-gc'); vm.runInNewContext('gc')(); process.stderr.write('SOAK-MEM ' + JSON.stringify(process.memoryUsage()) + '\\n'); });`;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, options.serverBin, '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, HOT_LINT_DEBOUNCE_MS: String(options.debounceMs ?? 20) },
  });
  const pid = child.pid!;
  let stderr = '';
  let memWaiter: ((usage: NodeJS.MemoryUsage) => void) | undefined;
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.startsWith('SOAK-MEM ')) {
        memWaiter?.(JSON.parse(line.slice(9)) as NodeJS.MemoryUsage);
        memWaiter = undefined;
      } else if (line && stderr.length < 100_000) stderr += `${line}\n`;
    }
  });
  /** A full GC in the server, then its heap use and resident memory. */
  const collect = async (): Promise<{ heapKb: number; rssKb: number }> => {
    const usage = await Promise.race([
      new Promise<NodeJS.MemoryUsage>((resolve) => {
        memWaiter = resolve;
        child.kill('SIGUSR2');
      }),
      sleep(5000).then(() => null),
    ]);
    await sleep(200);
    return { heapKb: usage ? Math.round(usage.heapUsed / 1024) : NaN, rssKb: rssKb(pid) };
  };
  let serverExit: string | null = null;
  child.on('exit', (code, signal) => {
    serverExit = `exit code ${code} signal ${signal}`;
  });

  const connection: ProtocolConnection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const report: SoakReport = {
    edits: 0,
    requestsSent: 0,
    requestsAnswered: 0,
    cancelledSent: 0,
    timeouts: [],
    outcomes: {},
    errorsByCode: {},
    internalErrors: [],
    unexpectedErrors: [],
    latencyStart: summary([]),
    latencyEnd: summary([]),
    memory: { startKb: NaN, startHeapKb: NaN, afterOpenKb: NaN, afterOpenHeapKb: NaN, peakKb: NaN, endBeforeGcKb: NaN, endKb: NaN, endHeapKb: NaN, idleKb: [] },
    diagnostics: { published: 0, nonEmpty: 0, checked: 0, outOfRange: [], unknownVersion: [], nonHot: [], notCleared: [], afterClose: [] },
    closes: 0,
    serverErrorLogs: [],
    serverStderr: '',
    serverExit: null,
    durationMs: 0,
  };

  const docs = new Map<string, OpenDoc>();
  const clearWaiters = new Map<string, () => void>();

  connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
    report.diagnostics.published++;
    if (params.diagnostics.length > 0) report.diagnostics.nonEmpty++;
    const doc = docs.get(params.uri);
    if (!doc) return; // a file the client never opened (the project layer may lint neighbours)
    if (doc.spec.nonHot && params.diagnostics.length > 0) {
      report.diagnostics.nonHot.push({
        what: `diagnostics for the non-HOT ${doc.spec.name}`,
        detail: clip(JSON.stringify(params.diagnostics.slice(0, 3))),
      });
    }
    if (!doc.open) {
      if (params.diagnostics.length === 0 && params.version === undefined) {
        clearWaiters.get(params.uri)?.();
        clearWaiters.delete(params.uri);
      } else if (!clearWaiters.has(params.uri)) {
        report.diagnostics.afterClose.push({ what: `diagnostics published for closed ${doc.spec.name}`, detail: clip(JSON.stringify(params)) });
      } else {
        checkRanges(doc, params); // published for the last version before the close was read
      }
      return;
    }
    checkRanges(doc, params);
    doc.lastDiagnostics = params.diagnostics;
  });

  function checkRanges(doc: OpenDoc, params: PublishDiagnosticsParams): void {
    if (params.diagnostics.length === 0) return;
    const version = params.version ?? doc.version;
    const text = doc.history.get(version);
    if (text === undefined) {
      report.diagnostics.unknownVersion.push({ what: `diagnostics for unknown version ${params.version} of ${doc.spec.name}`, detail: `current version ${doc.version}` });
      return;
    }
    for (const v of doc.history.keys()) if (v < version) doc.history.delete(v);
    const lengths = lineLengths(text);
    report.diagnostics.checked++;
    for (const d of params.diagnostics) {
      if (!rangeInside(d.range, lengths)) {
        const line = d.range.start.line;
        report.diagnostics.outOfRange.push({
          what: `${doc.spec.name} v${version}${/\r(?!\n)/.test(text) ? ' (text has a lone \\r)' : ''}${/[\u2028\u2029]/.test(text) ? ' (text has U+2028/9)' : ''}: ${d.code} range ${JSON.stringify(d.range)} outside the text (${lengths.length} lines; line ${line} has ${lengths[line] ?? 'no'} characters)`,
          detail: clip(`${d.message} | text around: ${JSON.stringify(text.slice(Math.max(0, offsetAt(text, { line, character: 0 }) - 80), offsetAt(text, { line, character: 0 }) + 160))}`, 600),
        });
      }
    }
  }

  connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    if (p.type === 1 && report.serverErrorLogs.length < 50) report.serverErrorLogs.push(clip(p.message, 2000));
  });
  connection.onNotification('window/showMessage', () => {});
  connection.onRequest('workspace/configuration', () => []);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();

  let peakKb = 0;
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, rssKb(pid));
  }, 100);

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(options.corpusDir).href,
    capabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        completion: { completionItem: { snippetSupport: true } },
        rename: { prepareSupport: true },
      },
    },
    initializationOptions: {},
  });
  await connection.sendNotification('initialized', {});
  {
    const { heapKb, rssKb } = await collect();
    report.memory.startKb = rssKb;
    report.memory.startHeapKb = heapKb;
  }

  // ---- requests
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];

  function randomPosition(doc: OpenDoc, n: number, wild: boolean): Position {
    if (wild) return { line: (n % 7) * 1000 + (n % 3), character: n % 5000 }; // outside the text
    return positionAt(doc.text, offsetFrom(doc.text, n));
  }

  function paramsFor(method: Method, doc: OpenDoc, step: Step, n: number): { method: string; params: unknown } {
    const textDocument = { uri: doc.spec.uri };
    const wild = step.dice % 20 === 0;
    const position = randomPosition(doc, n, wild);
    switch (method) {
      case 'completion':
        return { method: 'textDocument/completion', params: { textDocument, position, context: { triggerKind: step.dice % 2 ? 1 : 2, triggerCharacter: step.dice % 2 ? undefined : ':' } } };
      case 'hover':
        return { method: 'textDocument/hover', params: { textDocument, position } };
      case 'definition':
        return { method: 'textDocument/definition', params: { textDocument, position } };
      case 'references':
        return { method: 'textDocument/references', params: { textDocument, position, context: { includeDeclaration: step.dice % 2 === 0 } } };
      case 'documentSymbol':
        return { method: 'textDocument/documentSymbol', params: { textDocument } };
      case 'foldingRange':
        return { method: 'textDocument/foldingRange', params: { textDocument } };
      case 'documentLink':
        return { method: 'textDocument/documentLink', params: { textDocument } };
      case 'codeAction': {
        const end = randomPosition(doc, n + step.b, wild);
        const [s, e] = position.line < end.line || (position.line === end.line && position.character <= end.character) ? [position, end] : [end, position];
        // the diagnostics last published, possibly stale, as an editor sends them
        const diagnostics = step.dice % 3 === 0 ? doc.lastDiagnostics : doc.lastDiagnostics.slice(0, 5);
        return { method: 'textDocument/codeAction', params: { textDocument, range: { start: s, end: e }, context: { diagnostics, only: step.dice % 5 === 0 ? ['quickfix'] : undefined } } };
      }
      case 'rename':
        return { method: 'textDocument/rename', params: { textDocument, position, newName: step.name } };
      case 'prepareRename':
        return { method: 'textDocument/prepareRename', params: { textDocument, position } };
    }
  }

  function record(method: string, outcome: string, failure?: Failure): void {
    const byMethod = (report.outcomes[method] ??= {});
    byMethod[outcome] = (byMethod[outcome] ?? 0) + 1;
    if (outcome !== 'ok') report.errorsByCode[outcome] = (report.errorsByCode[outcome] ?? 0) + 1;
    if (failure && outcome === String(INTERNAL_ERROR)) report.internalErrors.push(failure);
    else if (failure && outcome !== String(CANCELLED) && outcome !== String(CONTENT_MODIFIED) && !(outcome === String(INVALID_PARAMS) && method.endsWith('ename'))) {
      report.unexpectedErrors.push(failure);
    }
  }

  function send(method: Method, doc: OpenDoc, step: Step, n: number, cancel: boolean, measure: boolean): Promise<void> {
    const { method: lspMethod, params } = paramsFor(method, doc, step, n);
    const source = cancel ? new CancellationTokenSource() : undefined;
    report.requestsSent++;
    if (cancel) report.cancelledSent++;
    const t0 = performance.now();
    const request = source ? connection.sendRequest(lspMethod, params, source.token) : connection.sendRequest(lspMethod, params);
    if (source) source.cancel();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), requestTimeoutMs);
    });
    const describe = () => `${lspMethod} on ${doc.spec.name} v${doc.version}${cancel ? ' (cancelled)' : ''}: ${clip(JSON.stringify(params), 400)}`;
    const versionText = doc.text;
    return Promise.race([request.then(() => 'ok' as const), timeout])
      .then(
        (result) => {
          if (result === 'timeout') {
            report.timeouts.push({ what: `no answer in ${requestTimeoutMs} ms`, detail: describe() });
            return;
          }
          report.requestsAnswered++;
          if (measure) latencies.push(performance.now() - t0);
          record(method, 'ok');
        },
        (error: unknown) => {
          report.requestsAnswered++;
          const code = error instanceof ResponseError ? error.code : 'rejected';
          const message = error instanceof Error ? error.message : String(error);
          record(method, String(code), {
            what: `${lspMethod} answered ${code}: ${clip(message, 500)}`,
            detail: `${describe()} | text near the position: ${JSON.stringify(nearPosition(versionText, params))}`,
          });
        },
      )
      .finally(() => clearTimeout(timer));
  }

  // ---- the documents
  const open = async (spec: DocSpec) => {
    const doc: OpenDoc = docs.get(spec.uri) ?? { spec, text: spec.original, version: 1, open: true, history: new Map(), lastDiagnostics: [] };
    doc.text = spec.original;
    doc.version = 1;
    doc.open = true;
    doc.history = new Map([[1, doc.text]]);
    doc.lastDiagnostics = [];
    docs.set(spec.uri, doc);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: spec.uri, languageId: 'yaml', version: 1, text: doc.text } });
  };
  const close = async (doc: OpenDoc) => {
    await Promise.all(pending.splice(0));
    const cleared = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), requestTimeoutMs);
      clearWaiters.set(doc.spec.uri, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    doc.open = false;
    report.closes++;
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.spec.uri } });
    if (!(await cleared)) {
      clearWaiters.delete(doc.spec.uri);
      report.diagnostics.notCleared.push({ what: `no empty diagnostics after closing ${doc.spec.name}`, detail: `version ${doc.version}` });
    }
    doc.history.clear();
    doc.lastDiagnostics = [];
  };

  for (const spec of specs) await open(spec);
  // the first diagnostics of every document, then the memory figure "after opening"
  await sleep(Math.max(200, (options.debounceMs ?? 20) * 2));
  for (const doc of docs.values()) await send('documentSymbol', doc, { dice: 1 } as Step, 0, false, false);
  {
    const { heapKb, rssKb } = await collect();
    report.memory.afterOpenKb = rssKb;
    report.memory.afterOpenHeapKb = heapKb;
  }

  // ---- the steps
  const totalSteps = options.edits + options.requests;
  const steps = fc.sample(stepArb, { seed: options.seed, numRuns: totalSteps });
  let editsDone = 0;
  let requestsDone = 0;
  const openDocs = () => [...docs.values()].filter((d) => d.open);

  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (serverExit || (editsDone >= options.edits && requestsDone >= options.requests)) break;
    if (i > 0 && i % closeEvery === 0) {
      const all = openDocs();
      const doc = all[step.doc % all.length]!;
      await close(doc);
      if (step.dice % 4 !== 0) await open(doc.spec); // a few stay closed until the next close
      for (const other of docs.values()) if (!other.open && other !== doc) await open(other.spec);
    }
    const all = openDocs();
    const doc = all[step.doc % all.length]!;
    const doEdit =
      editsDone < options.edits && (requestsDone >= options.requests || editsDone * options.requests <= requestsDone * options.edits);
    if (doEdit) {
      editsDone++;
      report.edits++;
      const changes: Array<{ range: Range; text: string }> = [];
      if (step.dice < 8 || doc.text.length > 150_000) {
        // revert to the original text with one ranged change over everything
        const lengths = lineLengths(doc.text);
        changes.push({ range: { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1]! } }, text: doc.spec.original });
        doc.text = doc.spec.original;
      } else {
        for (let c = 0; c < step.changes; c++) {
          const n = c === 0 ? step.a : step.b + c * 7919;
          const startOffset = offsetFrom(doc.text, n);
          let deleteLength = step.dice % 3 === 0 ? 0 : step.deleteLength;
          let insert = step.dice % 3 === 1 ? '' : step.texts[c]!;
          if (doc.spec.nonHot) {
            // no deletions and nothing that could make it a template or an environment
            deleteLength = 0;
            insert = insert.replace(/heat_template_version|parameter|resource_registry|encrypted_param_names|event_sinks/g, 'x');
          }
          const start = positionAt(doc.text, startOffset);
          const end = positionAt(doc.text, offsetFrom(doc.text, Math.min(doc.text.length, startOffset + deleteLength)));
          const range = { start, end };
          doc.text = applyChange(doc.text, range, insert);
          changes.push({ range, text: insert });
        }
      }
      doc.version++;
      doc.history.set(doc.version, doc.text);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.spec.uri, version: doc.version }, contentChanges: changes });
    } else {
      requestsDone++;
      if (step.dice >= 900 && requestsDone + step.burst.length <= options.requests) {
        // a burst: several requests at once, some cancelled
        requestsDone += step.burst.length - 1;
        pending.push(...step.burst.map(([method, n, cancel]) => send(method, doc, step, n, cancel && step.cancel < 50, false)));
      } else if (step.cancel < 10) {
        pending.push(send(step.method, doc, step, step.a, true, false));
      } else {
        await send(step.method, doc, step, step.a, false, true);
      }
      if (pending.length > 20) await Promise.all(pending.splice(0));
    }
    if (i % 500 === 0) log(`step ${i}/${steps.length}: ${report.requestsAnswered} answers, RSS ${rssKb(pid)} KB`);
    // let the debounce elapse now and then so that diagnostics are published mid-session
    if (step.dice % 50 === 7) await sleep((options.debounceMs ?? 20) + 5);
  }
  await Promise.all(pending.splice(0));

  // the latest text of every document gets its diagnostics checked too
  await sleep((options.debounceMs ?? 20) + 300);
  for (const doc of openDocs()) await close(doc);

  // memory after everything is closed and a pause; a few cheap requests in between
  const idleMs = options.idleMs ?? 2000;
  const probe = docs.values().next().value as OpenDoc;
  for (let t = 0; t < idleMs; t += 250) {
    await sleep(250);
    await send('documentSymbol', probe, { dice: 1 } as Step, 0, false, false);
    if (t % 1000 === 0) report.memory.idleKb.push(rssKb(pid));
  }
  report.memory.endBeforeGcKb = rssKb(pid);
  clearInterval(sampler);
  report.memory.peakKb = Math.max(peakKb, hwmKb(pid) || 0);
  {
    const { heapKb, rssKb } = await collect();
    report.memory.endKb = rssKb;
    report.memory.endHeapKb = heapKb;
  }

  const fifth = Math.max(1, Math.floor(latencies.length / 5));
  report.latencyStart = summary(latencies.slice(0, fifth));
  report.latencyEnd = summary(latencies.slice(-fifth));

  report.serverExit = serverExit; // an exit before the shutdown below is a crash
  try {
    await Promise.race([connection.sendRequest('shutdown'), sleep(5000)]);
    await connection.sendNotification('exit');
  } catch {
    // already gone
  }
  await sleep(100);
  connection.dispose();
  if (child.exitCode === null) child.kill();
  report.serverStderr = clip(stderr, 5000);
  report.durationMs = performance.now() - started;
  return report;
}

function nearPosition(text: string, params: unknown): string {
  const p = params as { position?: Position; range?: Range };
  const position = p.position ?? p.range?.start;
  if (!position) return '';
  const offset = offsetAt(text, position);
  return text.slice(Math.max(0, offset - 120), offset + 120);
}

/** The report as a Markdown table plus the failures, for the benchmark and for failing tests. */
export function formatReport(report: SoakReport): string {
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '-');
  const codes = Object.entries(report.errorsByCode)
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ');
  const rows: Array<[string, string]> = [
    ['edits', String(report.edits)],
    ['requests answered / sent', `${report.requestsAnswered} / ${report.requestsSent} (${report.cancelledSent} cancelled at once)`],
    ['unanswered (timeouts)', String(report.timeouts.length)],
    ['errors by code', codes || 'none'],
    ['internal errors (-32603)', String(report.internalErrors.length)],
    ['latency p50 start / end', `${ms(report.latencyStart.p50)} / ${ms(report.latencyEnd.p50)} (×${(report.latencyEnd.p50 / report.latencyStart.p50).toFixed(2)})`],
    ['latency p95 start / end', `${ms(report.latencyStart.p95)} / ${ms(report.latencyEnd.p95)} (×${(report.latencyEnd.p95 / report.latencyStart.p95).toFixed(2)})`],
    ['RSS at start (after initialize, GC)', `${mb(report.memory.startKb)} (heap ${mb(report.memory.startHeapKb)})`],
    ['RSS with all documents open (GC)', `${mb(report.memory.afterOpenKb)} (heap ${mb(report.memory.afterOpenHeapKb)})`],
    ['RSS peak (VmHWM)', mb(report.memory.peakKb)],
    ['RSS after closing all + idle', `${mb(report.memory.endBeforeGcKb)} before GC, ${mb(report.memory.endKb)} after (heap ${mb(report.memory.endHeapKb)})`],
    ['RSS end/start, heap end/start', `×${(report.memory.endKb / report.memory.startKb).toFixed(2)}, ×${(report.memory.endHeapKb / report.memory.startHeapKb).toFixed(2)}`],
    ['diagnostics published (non-empty, checked)', `${report.diagnostics.published} (${report.diagnostics.nonEmpty}, ${report.diagnostics.checked})`],
    [
      'diagnostics outside the text',
      `${report.diagnostics.outOfRange.length} (${report.diagnostics.outOfRange.filter((f) => f.what.includes('lone')).length} in texts with a lone \\r)`,
    ],
    ['closes (all cleared)', `${report.closes} (${report.diagnostics.notCleared.length ? `${report.diagnostics.notCleared.length} not cleared` : 'yes'})`],
    ['duration', `${(report.durationMs / 1000).toFixed(1)} s`],
  ];
  const lines = ['| measure | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  const failures = [
    ...report.internalErrors,
    ...report.unexpectedErrors,
    ...report.timeouts,
    ...report.diagnostics.outOfRange,
    ...report.diagnostics.unknownVersion,
    ...report.diagnostics.nonHot,
    ...report.diagnostics.notCleared,
    ...report.diagnostics.afterClose,
  ];
  const seen = new Set<string>();
  for (const f of failures) {
    const key = f.what.slice(0, 80);
    if (seen.has(key) || seen.size >= 12) continue;
    seen.add(key);
    lines.push(`- ${f.what}\n    ${f.detail}`);
  }
  if (report.serverErrorLogs.length) lines.push(`server error logs (${report.serverErrorLogs.length}):`, ...report.serverErrorLogs.slice(0, 5).map((l) => `  ${clip(l, 800)}`));
  if (report.serverExit) lines.push(`server exited: ${report.serverExit}`);
  if (report.serverStderr.trim()) lines.push(`server stderr: ${report.serverStderr}`);
  return lines.join('\n');
}
