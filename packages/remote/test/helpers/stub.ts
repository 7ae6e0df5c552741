/** Tiny loopback HTTP(S) servers that answer like Keystone or Heat, for failure tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Credentials } from '../../src/index.js';

export interface StubRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface StubAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Never answer (for timeouts). */
  hang?: boolean;
}

export interface Stub {
  url: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

export async function startStub(
  answer: (request: StubRequest, index: number) => StubAnswer,
  tls?: { key: Buffer; cert: Buffer },
): Promise<Stub> {
  const requests: StubRequest[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      const a = answer(request, requests.length - 1);
      if (a.hang) return;
      const body = a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
      res.writeHead(a.status, { 'Content-Type': 'application/json', 'X-Openstack-Request-Id': `req-stub-${requests.length}`, ...a.headers });
      res.end(body);
    });
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, handler) : http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A self-signed certificate for 127.0.0.1 made with the openssl CLI, or null when openssl is missing. */
export function selfSignedCert(): { key: Buffer; cert: Buffer; certPath: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'hot-lint-tls-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const result = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) return null;
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), certPath };
}

/** A Keystone v3 token answer with the given catalog (as documented: token in X-Subject-Token, catalog in the body). */
export function keystoneAnswer(token: string, catalog: unknown[], projectId = 'p-123'): StubAnswer {
  return {
    status: 201,
    headers: { 'X-Subject-Token': token },
    body: {
      token: {
        methods: ['password'],
        expires_at: '2030-01-01T00:00:00.000000Z',
        project: { id: projectId, name: 'demo', domain: { id: 'default', name: 'Default' } },
        catalog,
      },
    },
  };
}

/** startStub for a test file whose stubs all close after each test (call it at the file's top level). */
export function stubsClosedAfterEach(): typeof startStub {
  const open: Stub[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (...args) => {
    const s = await startStub(...args);
    open.push(s);
    return s;
  };
}

/** The demo user's password credentials for a Keystone at `authUrl`, as the environment would give them. */
export function passwordCredentials(authUrl: string, password: string, extra: Partial<Credentials> = {}): Credentials {
  return {
    authType: 'password',
    authUrl,
    username: 'demo',
    password,
    projectName: 'demo',
    interface: 'public',
    source: 'environment',
    ...extra,
  };
}
