/** Failure paths against loopback stubs: 401, 403, no endpoint, refused, timeout, 5xx retry, TLS, and no secret anywhere. */
import { describe, expect, it } from 'vitest';
import { authenticate, validateRemote } from '../src/index.js';
import type { Credentials, ValidateRemoteOptions } from '../src/index.js';
import { freePort } from './helpers/services.js';
import { keystoneAnswer, passwordCredentials, selfSignedCert, stubsClosedAfterEach } from './helpers/stub.js';

const PASSWORD = 'pw-Secr3t-xyz';
const TOKEN = 'tok-Secr3t-abc';
const APP_SECRET = 'app-Secr3t-qq';
const TEMPLATE = 'heat_template_version: 2021-04-16\nresources: {}\n';

/** Everything the package said: failure messages, diagnostics, debug log lines, recorded requests. */
const seen: string[] = [];
const stub = stubsClosedAfterEach();

const passwordCreds = (authUrl: string, extra: Partial<Credentials> = {}) => passwordCredentials(authUrl, PASSWORD, extra);

function tokenCreds(heatUrl: string): Credentials {
  return { authType: 'token', token: TOKEN, heatUrl, interface: 'public', source: 'environment' };
}

async function run(options: Partial<ValidateRemoteOptions>) {
  const result = await validateRemote({
    templateText: TEMPLATE,
    templatePath: '/nonexistent/template.yaml',
    retry: { tries: 3, backoffMs: 5 },
    debugLog: (line) => seen.push(line),
    onRequest: (r) => seen.push(JSON.stringify(r)),
    ...options,
  });
  seen.push(JSON.stringify(result));
  return result;
}

const catalog = (url: string, iface = 'public', region = 'RegionOne') => [
  { type: 'identity', name: 'keystone', endpoints: [{ interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: 'http://127.0.0.1:1/v3' }] },
  { type: 'orchestration', name: 'heat', endpoints: [{ interface: iface, region_id: region, region, url }] },
];

describe('Keystone', () => {
  it('posts a project-scoped password auth to /v3/auth/tokens and finds Heat in the catalog', async () => {
    const ks = await stub(() => keystoneAnswer(TOKEN, catalog('http://127.0.0.1:9/v1/p-123/')));
    for (const authUrl of [ks.url, `${ks.url}/`, `${ks.url}/v3`, `${ks.url}/v3/`]) {
      const session = await authenticate(passwordCreds(authUrl, { regionName: 'RegionOne' }), { debugLog: (l) => seen.push(l) });
      seen.push(JSON.stringify({ ...session, token: undefined }));
      expect(session).toEqual({
        ok: true,
        token: TOKEN,
        heatEndpoint: 'http://127.0.0.1:9/v1/p-123',
        projectId: 'p-123',
        expiresAt: '2030-01-01T00:00:00.000000Z',
        requestId: expect.stringMatching(/^req-stub-\d$/),
      });
    }
    expect(ks.requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array(4).fill('POST /v3/auth/tokens'));
    expect(JSON.parse(ks.requests[0]!.body)).toEqual({
      auth: {
        identity: { methods: ['password'], password: { user: { name: 'demo', domain: { name: 'Default' }, password: PASSWORD } } },
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    });
  });

  it('authenticates with an application credential', async () => {
    const ks = await stub(() => keystoneAnswer(TOKEN, catalog('http://127.0.0.1:9/v1/p-123')));
    const creds: Credentials = {
      authType: 'applicationcredential',
      authUrl: ks.url,
      applicationCredentialId: 'ac-1',
      applicationCredentialSecret: APP_SECRET,
      interface: 'public',
      source: 'environment',
    };
    const session = await authenticate(creds, { debugLog: (l) => seen.push(l), onRequest: (r) => seen.push(JSON.stringify(r)) });
    expect(session.ok).toBe(true);
    expect(JSON.parse(ks.requests[0]!.body)).toEqual({
      auth: { identity: { methods: ['application_credential'], application_credential: { id: 'ac-1', secret: APP_SECRET } } },
    });
  });

  it('reports 401 without the password, even when Keystone echoes it', async () => {
    const ks = await stub(() => ({ status: 401, body: { error: { code: 401, title: 'Unauthorized', message: `Bad password ${PASSWORD}.` } } }));
    const result = await run({ credentials: passwordCreds(ks.url) });
    expect(result).toEqual({
      ok: false,
      diagnostics: [],
      requestId: 'req-stub-1',
      failure: {
        kind: 'unauthorized',
        status: 401,
        requestId: 'req-stub-1',
        message: 'Keystone refused the credentials from environment (HTTP 401, request req-stub-1): Bad password ***.',
      },
    });
  });

  it('reports a catalog without Heat', async () => {
    const ks = await stub(() => keystoneAnswer(TOKEN, catalog('http://127.0.0.1:9/v1/p').slice(0, 1)));
    const result = await run({ credentials: passwordCreds(ks.url) });
    expect(result.failure).toEqual({
      kind: 'no-endpoint',
      message: 'The service catalog has no orchestration (Heat) endpoint; is Heat deployed in this cloud?',
    });
  });

  it('reports a catalog without Heat for the interface and region asked', async () => {
    const ks = await stub(() => keystoneAnswer(TOKEN, catalog('http://127.0.0.1:9/v1/p', 'internal', 'RegionTwo')));
    const result = await run({ credentials: passwordCreds(ks.url, { regionName: 'RegionOne' }) });
    expect(result.failure).toEqual({
      kind: 'no-endpoint',
      message: 'The service catalog has no orchestration endpoint for interface "public" in region "RegionOne" (it has: internal@RegionTwo).',
    });
  });
});

describe('Heat answers', () => {
  it('reports 403', async () => {
    const heat = await stub(() => ({ status: 403, body: { error: { code: 403, title: 'Forbidden', message: 'Policy does not allow validate.' } } }));
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(result.failure).toEqual({
      kind: 'forbidden',
      status: 403,
      requestId: 'req-stub-1',
      message: 'Heat refused to validate for this project (HTTP 403, request req-stub-1): Policy does not allow validate.',
    });
  });

  it('reports 401 from Heat', async () => {
    const heat = await stub(() => ({ status: 401, body: { error: { code: 401, title: 'Unauthorized', message: 'Token expired' } } }));
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(result.failure?.message).toBe('Heat refused the token (HTTP 401, request req-stub-1): Token expired.');
    expect(result.failure?.kind).toBe('unauthorized');
  });

  it('retries 502/503/504 with backoff and then succeeds', async () => {
    const heat = await stub((_r, i) => (i < 2 ? { status: [502, 503][i]!, body: 'Bad gateway' } : { status: 200, body: { Parameters: {} } }));
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(result).toEqual({ ok: true, diagnostics: [], requestId: 'req-stub-3', parameters: {}, response: { Parameters: {} } });
    expect(heat.requests).toHaveLength(3);
    expect(heat.requests[0]!.headers['x-auth-token']).toBe(TOKEN);
  });

  it('gives up after 3 tries of 503', async () => {
    const heat = await stub(() => ({ status: 503, body: '<html><body><h1>503 Service Unavailable</h1>No server is available.</body></html>' }));
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(result.failure).toEqual({
      kind: 'server',
      status: 503,
      requestId: 'req-stub-3',
      message: 'Heat answered 503 Service Unavailable after 3 tries, request req-stub-3: 503 Service Unavailable No server is available.',
    });
    expect(heat.requests).toHaveLength(3);
  });

  it('does not retry a 500', async () => {
    const heat = await stub(() => ({ status: 500, body: { code: 500, title: 'Internal Server Error', error: { type: 'MessagingTimeout', traceback: null } } }));
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(result.failure?.message).toBe('Heat answered 500 Internal Server Error, request req-stub-1: Internal Server Error.');
    expect(heat.requests).toHaveLength(1);
  });

  it('reports a refused connection', async () => {
    const port = await freePort();
    const result = await run({ credentials: tokenCreds(`http://127.0.0.1:${port}/v1/p`) });
    expect(result.failure).toEqual({
      kind: 'connection',
      message: `Connection refused by 127.0.0.1:${port} (http://127.0.0.1:${port}/v1/p/validate?resource_validate=true).`,
    });
  });

  it('times out', async () => {
    const heat = await stub(() => ({ status: 200, hang: true }));
    const started = Date.now();
    const result = await run({ credentials: tokenCreds(`${heat.url}/v1/p`), timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.failure).toEqual({
      kind: 'timeout',
      message: `No answer from ${heat.url}/v1/p/validate?resource_validate=true within 300 ms.`,
    });
  });

  it('reports credentials that are missing', async () => {
    const result = await run({ env: { OS_AUTH_URL: 'http://127.0.0.1:1/v3', OS_PASSWORD: PASSWORD } });
    expect(result.failure).toEqual({
      kind: 'credentials',
      message: 'Incomplete credentials from environment: set OS_USERNAME or OS_USER_ID, OS_PROJECT_NAME or OS_PROJECT_ID.',
    });
  });
});

describe('TLS', () => {
  const tls = selfSignedCert();
  it.runIf(tls !== null)('refuses a self-signed certificate by default, accepts it with the CA file or insecure', async () => {
    const heat = await stub(() => ({ status: 200, body: { Parameters: {} } }), tls!);
    const refused = await run({ credentials: tokenCreds(`${heat.url}/v1/p`) });
    expect(refused.failure?.kind).toBe('tls');
    expect(refused.failure?.message).toBe(
      'TLS error with 127.0.0.1:' +
        new URL(heat.url).port +
        ': self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT). Trust its CA with a CA file (OS_CACERT), or use insecure mode only if you accept the risk.',
    );
    expect(heat.requests).toHaveLength(0);
    const withCa = await run({ credentials: tokenCreds(`${heat.url}/v1/p`), caCert: tls!.certPath });
    expect(withCa.ok).toBe(true);
    const fromCreds = await run({ credentials: { ...tokenCreds(`${heat.url}/v1/p`), caCert: tls!.certPath } });
    expect(fromCreds.ok).toBe(true);
    const insecure = await run({ credentials: tokenCreds(`${heat.url}/v1/p`), insecure: true });
    expect(insecure.ok).toBe(true);
    const missingCa = await run({ credentials: tokenCreds(`${heat.url}/v1/p`), caCert: '/nonexistent/ca.pem' });
    expect(missingCa.failure).toEqual({ kind: 'tls', message: 'Cannot read the CA file "/nonexistent/ca.pem" (ENOENT).' });
  });
});

describe('secrets', () => {
  it('never shows a password, token or application credential secret (runs last)', () => {
  const all = seen.join('\n');
  expect(seen.length).toBeGreaterThan(20);
  for (const secret of [PASSWORD, TOKEN, APP_SECRET]) expect(all).not.toContain(secret);
  expect(all).toContain('***');
  });
});
