import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact, resolveCredentials, tokenUrl } from '../src/index.js';

let root: string;
let cwd: string;
let home: string;
let etc: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hot-lint-creds-'));
  cwd = join(root, 'cwd');
  home = join(root, 'home');
  etc = join(root, 'etc');
  for (const d of [cwd, join(home, '.config', 'openstack'), etc]) mkdirSync(d, { recursive: true });
  // clouds.yaml only in ~/.config/openstack, secure.yaml in cwd: each file is found on its own.
  writeFileSync(
    join(home, '.config', 'openstack', 'clouds.yaml'),
    [
      'clouds:',
      '  prod:',
      '    auth:',
      '      auth_url: https://keystone.example:5000',
      '      username: alice',
      '      project_name: web',
      '      user_domain_name: Users',
      '      project_domain_id: default',
      '    region_name: RegionTwo',
      '    interface: internal',
      '    cacert: /etc/ssl/ca.pem',
      '  app:',
      '    auth_type: v3applicationcredential',
      '    auth:',
      '      auth_url: https://keystone.example/v3',
      '      application_credential_id: ac-9',
      '      application_credential_secret: app-s3cret',
      '',
    ].join('\n'),
  );
  writeFileSync(join(cwd, 'secure.yaml'), 'clouds:\n  prod:\n    auth:\n      password: pw-from-secure\n');
  writeFileSync(join(etc, 'clouds.yaml'), 'clouds:\n  prod:\n    auth: {auth_url: http://never-used}\n');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const opts = () => ({ cwd, home, configDirs: [cwd, join(home, '.config', 'openstack'), etc] });

describe('resolveCredentials', () => {
  it('reads OS_CLOUD from the first clouds.yaml and merges the first secure.yaml', () => {
    expect(resolveCredentials({ OS_CLOUD: 'prod' }, opts())).toEqual({
      ok: true,
      credentials: {
        authType: 'password',
        authUrl: 'https://keystone.example:5000',
        username: 'alice',
        password: 'pw-from-secure',
        projectName: 'web',
        userDomainName: 'Users',
        projectDomainId: 'default',
        regionName: 'RegionTwo',
        interface: 'internal',
        caCert: '/etc/ssl/ca.pem',
        source: `cloud "prod" in ${join(home, '.config', 'openstack', 'clouds.yaml')} and ${join(cwd, 'secure.yaml')}`,
      },
    });
  });

  it('lets OS_* variables override the cloud', () => {
    const r = resolveCredentials({ OS_CLOUD: 'prod', OS_REGION_NAME: 'RegionOne', OS_INTERFACE: 'public' }, opts());
    expect(r.ok && [r.credentials.regionName, r.credentials.interface]).toEqual(['RegionOne', 'public']);
  });

  it('reads an application credential cloud', () => {
    const r = resolveCredentials({ OS_CLOUD: 'app' }, opts());
    expect(r.ok && r.credentials).toMatchObject({
      authType: 'applicationcredential',
      applicationCredentialId: 'ac-9',
      applicationCredentialSecret: 'app-s3cret',
    });
  });

  it('names an unknown cloud and the ones there are', () => {
    expect(resolveCredentials({ OS_CLOUD: 'nope' }, opts())).toEqual({
      ok: false,
      message: `No cloud "nope" in ${join(home, '.config', 'openstack', 'clouds.yaml')} (it has: prod, app).`,
    });
  });

  it('says where it looked when there is no clouds.yaml', () => {
    expect(resolveCredentials({ OS_CLOUD: 'prod' }, { configDirs: [join(root, 'none')] })).toEqual({
      ok: false,
      message: `OS_CLOUD is "prod" but no clouds.yaml was found in ${join(root, 'none')}.`,
    });
  });

  it('reads OS_* variables', () => {
    const r = resolveCredentials(
      {
        OS_AUTH_URL: 'http://k:5000/v3',
        OS_USER_ID: 'u1',
        OS_PASSWORD: 'pw',
        OS_PROJECT_ID: 'p1',
        OS_CACERT: '/ca.pem',
        OS_AUTH_TYPE: 'v3password',
      },
      { configDirs: [] },
    );
    expect(r).toEqual({
      ok: true,
      credentials: {
        authType: 'password',
        authUrl: 'http://k:5000/v3',
        userId: 'u1',
        password: 'pw',
        projectId: 'p1',
        caCert: '/ca.pem',
        interface: 'public',
        source: 'environment',
      },
    });
  });

  it('takes a token and a Heat URL', () => {
    const r = resolveCredentials({ OS_TOKEN: 't0k' }, { configDirs: [], heatUrl: 'http://heat:8004/v1/p' });
    expect(r).toEqual({
      ok: true,
      credentials: { authType: 'token', token: 't0k', heatUrl: 'http://heat:8004/v1/p', interface: 'public', source: 'environment' },
    });
    expect(resolveCredentials({ OS_TOKEN: 't0k' }, { configDirs: [] })).toEqual({
      ok: false,
      message: 'Incomplete credentials from environment: set HEAT_URL (or OS_AUTH_URL to find Heat in the catalog).',
    });
  });

  it('refuses an unknown auth type and reports nothing set', () => {
    expect(resolveCredentials({ OS_AUTH_TYPE: 'v3oidc' }, { configDirs: [] })).toEqual({
      ok: false,
      message: 'Unsupported auth type "v3oidc": use v3password, v3applicationcredential or v3token.',
    });
    expect(resolveCredentials({}, { configDirs: [] })).toEqual({
      ok: false,
      message: 'Incomplete credentials from environment: set OS_AUTH_URL, OS_USERNAME or OS_USER_ID, OS_PASSWORD, OS_PROJECT_NAME or OS_PROJECT_ID.',
    });
  });

  it('reports a broken clouds.yaml', () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'clouds.yaml'), 'clouds: [\n');
    const r = resolveCredentials({ OS_CLOUD: 'x' }, { configDirs: [bad] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.startsWith(`${join(bad, 'clouds.yaml')} is not valid YAML: `)).toBe(true);
  });
});

describe('helpers', () => {
  it('normalises auth URLs with or without /v3', () => {
    for (const u of ['http://k:5000', 'http://k:5000/', 'http://k:5000/v3', 'http://k:5000/v3/', 'http://k:5000/v2.0']) {
      expect(tokenUrl(u)).toBe('http://k:5000/v3/auth/tokens');
    }
  });

  it('redacts secrets, their JSON and URL forms, and secret JSON fields', () => {
    expect(redact('a "p\\"w" b p"w c p%22w {"password": "other", "token":"x"}', ['p"w'])).toBe(
      'a "***" b *** c *** {"password": "***", "token":"***"}',
    );
  });
});
