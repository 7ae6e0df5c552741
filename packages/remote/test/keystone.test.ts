/** Real Keystone (Debian's, bootstrapped) in front of real Heat: credentials from OS_* and clouds.yaml, endpoint from the catalog. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, resolveCredentials, validateRemote } from '../src/index.js';
import type { RecordedRequest } from '../src/index.js';
import { startHeat, startKeystone } from './helpers/services.js';
import type { KeystoneService, Service } from './helpers/services.js';

const PASSWORD = 'ks-Pa55-word-91';
let keystone: KeystoneService;
let heat: Service;
let dir: string;

beforeAll(async () => {
  [keystone, heat] = await Promise.all([startKeystone(PASSWORD), startHeat()]);
  await keystone.registerHeat(heat.url);
  dir = mkdtempSync(join(tmpdir(), 'hot-lint-clouds-'));
});

afterAll(async () => {
  await Promise.all([keystone?.stop(), heat?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const env = () => ({
  OS_AUTH_URL: `${keystone.url}/v3`,
  OS_USERNAME: 'admin',
  OS_PASSWORD: PASSWORD,
  OS_PROJECT_NAME: 'admin',
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
  OS_REGION_NAME: 'RegionOne',
});

describe('real Keystone + Heat', () => {
  it('gets a token and the orchestration endpoint with the project id', async () => {
    const creds = resolveCredentials(env(), { configDirs: [] });
    expect(creds.ok).toBe(true);
    if (!creds.ok) return;
    const session = await authenticate(creds.credentials);
    expect(session.ok).toBe(true);
    if (!session.ok) return;
    expect(session.projectId).toMatch(/^[0-9a-f]{32}$/);
    expect(session.heatEndpoint).toBe(`${heat.url}/v1/${session.projectId}`);
    expect(session.token.length).toBeGreaterThan(100);
  });

  it('validates through clouds.yaml + secure.yaml and maps the error', async () => {
    writeFileSync(
      join(dir, 'clouds.yaml'),
      `clouds:\n  local:\n    auth:\n      auth_url: ${keystone.url}\n      username: admin\n      project_name: admin\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n    interface: public\n`,
    );
    writeFileSync(join(dir, 'secure.yaml'), `clouds:\n  local:\n    auth:\n      password: ${PASSWORD}\n`);
    const requests: RecordedRequest[] = [];
    const log: string[] = [];
    const text = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 4\n';
    const result = await validateRemote({
      templateText: text,
      env: { OS_CLOUD: 'local' },
      credentialOptions: { configDirs: [dir] },
      onRequest: (r) => requests.push(r),
      debugLog: (l) => log.push(l),
    });
    expect(result.failure).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.message, d.range.start, d.range.end])).toEqual([
      [
        `Heat (request ${result.requestId}): Property error: resources.r.properties: Unknown Property lenght.`,
        { line: 5, character: 6 },
        { line: 5, character: 12 },
      ],
    ]);
    expect(requests.map((r) => r.url)).toEqual([
      `${keystone.url}/v3/auth/tokens`,
      expect.stringMatching(new RegExp(`^${heat.url}/v1/[0-9a-f]{32}/validate\\?resource_validate=true$`)),
    ]);
    const all = JSON.stringify(requests) + log.join('\n') + JSON.stringify(result);
    expect(all).not.toContain(PASSWORD);
  });

  it('reports a wrong password as 401', async () => {
    const creds = resolveCredentials({ ...env(), OS_PASSWORD: 'wrong-password-1' }, { configDirs: [] });
    if (!creds.ok) throw new Error(creds.message);
    const session = await authenticate(creds.credentials);
    expect(session).toEqual({
      ok: false,
      failure: {
        kind: 'unauthorized',
        status: 401,
        requestId: expect.stringMatching(/^req-/),
        message: expect.stringMatching(
          /^Keystone refused the credentials from environment \(HTTP 401, request req-[0-9a-f-]+\): The request you have made requires authentication\.$/,
        ),
      },
    });
  });
});
