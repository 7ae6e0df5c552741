/**
 * Real Heat 19 (and Keystone) on 127.0.0.1 for the remote tests, started as
 * ../shared/spec/test-services.md describes. Each start gets its own temp dir and free port;
 * stop() ends only the process group this helper started.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PYTHON = '/usr/bin/python3';

export interface Service {
  url: string;
  port: number;
  dir: string;
  pid: number;
  log(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Throws a message saying what to install when Heat is missing. */
export function requireHeat(): void {
  if (!existsSync('/usr/bin/heat-all') || !existsSync('/usr/bin/heat-manage')) {
    throw new Error(
      'Heat 19 is not installed (/usr/bin/heat-all is missing). Install it: apt-get install -y python3-heat heat-api heat-engine',
    );
  }
}

export function requireKeystone(): void {
  if (!existsSync('/usr/bin/keystone-manage')) {
    throw new Error('Keystone is not installed (/usr/bin/keystone-manage is missing). Install it: apt-get install -y keystone');
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${(result.stderr || result.stdout || '').slice(-2000)}`);
  }
}

function startProcess(command: string, args: string[], dir: string, env: NodeJS.ProcessEnv): { child: ChildProcess; logPath: string } {
  const logPath = join(dir, 'service.log');
  const out = openSync(logPath, 'a');
  const child = spawn(command, args, { cwd: dir, env, detached: true, stdio: ['ignore', out, out] });
  child.unref();
  return { child, logPath };
}

async function waitUntil(url: string, ok: (status: number) => boolean, child: ChildProcess, logPath: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the service exited (${child.exitCode}): ${readFileSync(logPath, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (ok(response.status)) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${readFileSync(logPath, 'utf8').slice(-2000)}`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 2000));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Heat API + engine in one process, noauth, sqlite, fake transport. */
export async function startHeat(options: { pluginDirs?: string[] } = {}): Promise<Service> {
  requireHeat();
  const dir = mkdtempSync(join(tmpdir(), 'hot-lint-heat-'));
  const port = await freePort();
  const conf = join(dir, 'heat.conf');
  writeFileSync(
    conf,
    [
      '[DEFAULT]',
      'transport_url = fake://',
      // Forked engine workers cannot answer the in-process API over the fake transport.
      'num_engine_workers = 1',
      ...(options.pluginDirs ? [`plugin_dirs = ${options.pluginDirs.join(',')}`] : []),
      `log_file = ${join(dir, 'heat.log')}`,
      '[database]',
      `connection = sqlite:///${join(dir, 'heat.sqlite')}`,
      '[paste_deploy]',
      'flavor = noauth',
      'api_paste_config = /etc/heat/api-paste.ini',
      '[heat_api]',
      'bind_host = 127.0.0.1',
      `bind_port = ${port}`,
      'workers = 1',
      '[heat_all]',
      'enabled_services = api,engine',
      '',
    ].join('\n'),
  );
  run('/usr/bin/heat-manage', ['--config-file', conf, 'db_sync']);
  const { child, logPath } = startProcess('/usr/bin/heat-all', ['--config-file', conf], dir, { ...process.env, PYTHONHASHSEED: '0' });
  const url = `http://127.0.0.1:${port}`;
  const service: Service = {
    url,
    port,
    dir,
    pid: child.pid ?? -1,
    log: () => (existsSync(join(dir, 'heat.log')) ? readFileSync(join(dir, 'heat.log'), 'utf8') : readFileSync(logPath, 'utf8')),
    async stop() {
      await stopGroup(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitUntil(`${url}/`, (s) => s < 500, child, logPath, 60_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

export interface KeystoneService extends Service {
  adminPassword: string;
  /** Registers Heat's endpoint (orchestration, public, RegionOne) through the API. */
  registerHeat(heatUrl: string): Promise<void>;
  /** Creates a user in domain Default with the admin role on project admin. */
  createUser(name: string, password: string): Promise<void>;
}

/** keystone.conf lines beyond the minimum, e.g. `[security_compliance]` lockout settings. */
export interface KeystoneOptions {
  extraConfig?: string[];
}

const SERVE_KEYSTONE = `
import os, sys
port = int(os.environ['KS_PORT'])
sys.argv = sys.argv[:1]
from wsgiref.simple_server import make_server, WSGIRequestHandler
from keystone.server import wsgi
app = wsgi.initialize_public_application()
class Quiet(WSGIRequestHandler):
    def log_message(self, *a): pass
make_server('127.0.0.1', port, app, handler_class=Quiet).serve_forever()
`;

/** Debian's Keystone (Zed) served with wsgiref, bootstrapped with user/project admin. */
export async function startKeystone(adminPassword: string, options: KeystoneOptions = {}): Promise<KeystoneService> {
  requireKeystone();
  const dir = mkdtempSync(join(tmpdir(), 'hot-lint-keystone-'));
  const port = await freePort();
  for (const sub of ['fernet', 'receipts', 'credential']) mkdirSync(join(dir, sub));
  const conf = join(dir, 'keystone.conf');
  const db = join(dir, 'keystone.sqlite');
  writeFileSync(
    conf,
    [
      '[DEFAULT]',
      `log_file = ${join(dir, 'keystone.log')}`,
      '[database]',
      `connection = sqlite:///${db}`,
      '[token]',
      'provider = fernet',
      '[fernet_tokens]',
      `key_repository = ${join(dir, 'fernet')}`,
      '[fernet_receipts]',
      `key_repository = ${join(dir, 'receipts')}`,
      '[credential]',
      `key_repository = ${join(dir, 'credential')}`,
      ...(options.extraConfig ?? []),
      '',
    ].join('\n'),
  );
  const manage = (...args: string[]) => run('/usr/bin/keystone-manage', ['--config-file', conf, ...args]);
  manage('db_sync');
  run(PYTHON, ['-c', `import sqlite3; sqlite3.connect(${JSON.stringify(db)}).execute('PRAGMA journal_mode=WAL')`]);
  manage('fernet_setup', '--keystone-user', 'root', '--keystone-group', 'root');
  manage('credential_setup', '--keystone-user', 'root', '--keystone-group', 'root');
  const url = `http://127.0.0.1:${port}`;
  manage(
    'bootstrap',
    '--bootstrap-password',
    adminPassword,
    '--bootstrap-admin-url',
    `${url}/v3/`,
    '--bootstrap-internal-url',
    `${url}/v3/`,
    '--bootstrap-public-url',
    `${url}/v3/`,
    '--bootstrap-region-id',
    'RegionOne',
  );
  writeFileSync(join(dir, 'serve.py'), SERVE_KEYSTONE);
  const { child, logPath } = startProcess(PYTHON, [join(dir, 'serve.py')], dir, {
    ...process.env,
    OS_KEYSTONE_CONFIG_FILES: conf,
    KS_PORT: String(port),
  });
  const service: KeystoneService = {
    url,
    port,
    dir,
    pid: child.pid ?? -1,
    adminPassword,
    log: () => readFileSync(logPath, 'utf8'),
    async stop() {
      await stopGroup(child);
      rmSync(dir, { recursive: true, force: true });
    },
    async registerHeat(heatUrl: string) {
      const post = await adminPost();
      const created = await post('services', { service: { type: 'orchestration', name: 'heat' } });
      await post('endpoints', {
        endpoint: { service_id: created.service!.id, interface: 'public', region_id: 'RegionOne', url: `${heatUrl}/v1/%(tenant_id)s` },
      });
    },
    async createUser(name: string, password: string) {
      const post = await adminPost();
      const user = await post('users', { user: { name, password, domain_id: 'default' } });
      const get = async (path: string) => (await post(path, undefined, 'GET')) as unknown as Record<string, Array<Record<string, string>>>;
      const project = (await get('projects?name=admin')).projects![0]!.id;
      const role = (await get('roles?name=admin')).roles![0]!.id;
      await post(`projects/${project}/users/${user.user!.id}/roles/${role}`, undefined, 'PUT');
    },
  };
  async function adminPost() {
    const auth = await fetch(`${url}/v3/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password: adminPassword } } },
          scope: { project: { name: 'admin', domain: { name: 'Default' } } },
        },
      }),
    });
    const token = auth.headers.get('x-subject-token');
    if (auth.status !== 201 || !token) throw new Error(`Keystone auth failed: ${auth.status} ${await auth.text()}`);
    return async (path: string, body: unknown, method = 'POST') => {
      const r = await fetch(`${url}/v3/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      if (r.status >= 300) throw new Error(`${method} /v3/${path}: ${r.status} ${text}`);
      return (text ? JSON.parse(text) : {}) as Record<string, Record<string, string>>;
    };
  }
  try {
    await waitUntil(`${url}/v3`, (s) => s === 200, child, logPath, 60_000);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
