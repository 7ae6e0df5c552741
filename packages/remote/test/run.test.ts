/**
 * The pieces of a run against loopback stubs and pure inputs: one login for many templates,
 * a run that stops once, Heat's 200 that is no verdict, ignore_errors codes, proxy selection,
 * and secrets hidden in every encoding before any text is cut.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@hot-lint/core';
import { heatErrorToDiagnostics, parseIgnoreErrors, proxyFor, proxyFromEnv, validateMany, validateRemote } from '../src/index.js';
import type { Credentials } from '../src/index.js';
import { keystoneAnswer, passwordCredentials, stubsClosedAfterEach } from './helpers/stub.js';

const PASSWORD = 'pw<&"Secr3t ünï>';
const TEMPLATE = 'heat_template_version: 2021-04-16\nresources: {}\n';
const stub = stubsClosedAfterEach();
const creds = (authUrl: string): Credentials => passwordCredentials(authUrl, PASSWORD);

const catalog = (heatUrl: string) => [{ type: 'orchestration', name: 'heat', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: heatUrl }] }];
const verdict = { Description: 'No description', Parameters: {}, Environment: { parameters: {}, parameter_defaults: {}, resource_registry: { resources: {} }, event_sinks: [] } };

describe('validateMany', () => {
  it('logs in once and validates every template with that token, reporting each answer as it comes', async () => {
    const heat = await stub(() => ({ status: 200, body: verdict }));
    const keystone = await stub(() => keystoneAnswer('tok-1', catalog(`${heat.url}/v1/p`)));
    const templates = Array.from({ length: 7 }, (_, i) => ({ path: `/nonexistent/t${i}.yaml`, text: TEMPLATE }));
    const seen: number[] = [];
    const run = await validateMany(templates, { credentials: creds(keystone.url), concurrency: 2, onResult: (_t, _r, done) => seen.push(done) });
    expect(keystone.requests).toHaveLength(1);
    expect(heat.requests).toHaveLength(7);
    expect(heat.requests.every((r) => r.headers['x-auth-token'] === 'tok-1')).toBe(true);
    expect(run.failure).toBeUndefined();
    expect([...run.results.values()].every((r) => r.ok)).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops at a refused login: one request, every template skipped', async () => {
    const keystone = await stub(() => ({ status: 401, body: { error: { code: 401, title: 'Unauthorized', message: `The password ${PASSWORD} is wrong` } } }));
    const run = await validateMany([{ path: '/x/a.yaml', text: TEMPLATE }, { path: '/x/b.yaml', text: TEMPLATE }], { credentials: creds(keystone.url) });
    expect(keystone.requests).toHaveLength(1);
    expect(run.failure).toEqual({
      kind: 'unauthorized',
      status: 401,
      requestId: 'req-stub-1',
      message: 'Keystone refused the credentials from environment (HTTP 401, request req-stub-1): The password *** is wrong.',
    });
    expect(run.skipped).toEqual(['/x/a.yaml', '/x/b.yaml']);
    expect(run.results.size).toBe(0);
  });

  it('refuses an unknown ignore_errors code before logging in', async () => {
    const keystone = await stub(() => keystoneAnswer('tok', []));
    const run = await validateMany([{ path: '/x/a.yaml', text: TEMPLATE }], { credentials: creds(keystone.url), ignoreErrors: '99001,E4' });
    expect(keystone.requests).toHaveLength(0);
    expect(run.failure?.kind).toBe('input');
  });
});

describe("Heat's 200 answers", () => {
  const token = (heatUrl: string): Credentials => ({ authType: 'token', token: 'tok-abc', heatUrl, interface: 'public', source: 'environment' });

  it.each([
    ['the string Heat 19 sends for an unknown ignore_errors code', '"<HTTPBadRequest at 0x7f9d1e6ef520 400 Bad Request>"'],
    ['no JSON', '<html>ok</html>'],
    ['an object without Parameters', '{"Description": "x"}'],
    ['an Error', '{"Error": "boom", "Parameters": {}}'],
  ])('is a failure when the body is %s', async (_name, body) => {
    const heat = await stub(() => ({ status: 200, body }));
    const result = await validateRemote({ templateText: TEMPLATE, templatePath: '/x/t.yaml', credentials: token(`${heat.url}/v1/p`) });
    expect(result.ok).toBe(false);
    expect(result.failure?.kind).toBe('http');
    expect(result.failure?.message).toMatch(/^Heat answered 200 without a validation result, request req-stub-1 \(the body is .*\); the template was not checked\.$/);
  });

  it('accepts the documented shape and sends ignore_errors as Heat takes it', async () => {
    const heat = await stub(() => ({ status: 200, body: verdict }));
    const result = await validateRemote({ templateText: TEMPLATE, templatePath: '/x/t.yaml', credentials: token(`${heat.url}/v1/p`), ignoreErrors: 'HEAT-E99001' });
    expect(result.ok).toBe(true);
    expect(heat.requests[0]!.url).toBe('/v1/p/validate?resource_validate=true&ignore_errors=99001');
    expect(heat.requests[0]!.headers['user-agent']).toMatch(/^hot-lint-remote\/0\.1\.0 node\/v/);
  });
});

describe('secrets in error answers', () => {
  it('are hidden in every encoding before the message is cut', async () => {
    const secret = PASSWORD;
    const forms = [
      secret,
      JSON.stringify(secret).slice(1, -1),
      encodeURIComponent(secret),
      secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    ];
    for (const form of forms) {
      // The secret straddles the 300-character cut.
      const text = `${'x'.repeat(290)}${form} tail`;
      const keystone = await stub(() => ({ status: 401, body: `{"error": {"message": ${JSON.stringify(text)}}}` }));
      const result = await validateRemote({ templateText: TEMPLATE, templatePath: '/x/t.yaml', credentials: creds(keystone.url) });
      const message = result.failure!.message;
      for (const piece of [secret, 'Secr3t', 'Secr3', encodeURIComponent(secret).slice(0, 12), 'Secr3t%20']) expect(message).not.toContain(piece);
      expect(message).toContain('***');
    }
    const escaped = JSON.stringify(secret).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const keystone = await stub(() => ({ status: 401, body: `{"error": {"message": "bad ${escaped.slice(1, -1)}"}}` }));
    const result = await validateRemote({ templateText: TEMPLATE, templatePath: '/x/t.yaml', credentials: creds(keystone.url) });
    expect(result.failure!.message).toBe('Keystone refused the credentials from environment (HTTP 401, request req-stub-1): bad ***.');
  });
});

describe('parseIgnoreErrors', () => {
  it('takes codes as Heat prints them and as it takes them', () => {
    expect(parseIgnoreErrors('HEAT-E99001')).toEqual({ ok: true, codes: ['99001'] });
    expect(parseIgnoreErrors(' 99001 , heat-e99001,E99001')).toEqual({ ok: true, codes: ['99001'] });
    expect(parseIgnoreErrors('99002')).toEqual({
      ok: false,
      message: '"99002" is not an error code Heat can ignore; it knows HEAT-E99001 (written HEAT-E99001 or 99001).',
    });
    expect(parseIgnoreErrors('99001,')).toMatchObject({ ok: false, message: expect.stringMatching(/^an empty code is not/) });
  });
});

describe('proxies', () => {
  it('reads the variables as python requests does and honours NO_PROXY', () => {
    const settings = proxyFromEnv({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', HTTP_PROXY: 'proxy:8080', NO_PROXY: '.internal, 10.0.0.0/8,heat:8004' });
    expect(settings).toEqual({ https: 'http://lower:3128', http: 'proxy:8080', noProxy: '.internal, 10.0.0.0/8,heat:8004' });
    const via = (url: string) => proxyFor(new URL(url), settings)?.href ?? null;
    expect(via('https://keystone.example:5000/v3')).toBe('http://lower:3128/');
    expect(via('http://heat.example/v1')).toBe('http://proxy:8080/');
    expect(via('https://api.internal/v3')).toBeNull();
    expect(via('https://internal/v3')).toBeNull();
    expect(via('http://10.1.2.3:8004/v1')).toBeNull();
    expect(via('http://11.1.2.3:8004/v1')).toBe('http://proxy:8080/');
    expect(via('http://heat:8004/v1')).toBeNull();
    expect(via('http://heat:9000/v1')).toBe('http://proxy:8080/');
    expect(proxyFor(new URL('http://a/'), proxyFromEnv({ HTTP_PROXY: 'http://p:1', NO_PROXY: '*' }))).toBeNull();
  });
});

describe('errors mapped onto their nodes', () => {
  const doc = parseDocument(
    'heat_template_version: 2021-04-16\nparameters:\n  size:\n    type: string\nresorces: {}\nresources:\n  vm:\n    type: OS::Nova::Server\n',
  );
  const at = (message: string) => {
    const [d] = heatErrorToDiagnostics(message, doc);
    return `${d!.range.start.line + 1}:${d!.range.start.character + 1}-${d!.range.end.line + 1}:${d!.range.end.character + 1}`;
  };
  it('HEAT-E99001 on the type, a parameter on its name, a section on its key', () => {
    expect(at('HEAT-E99001 Service nova is not available for resource type OS::Nova::Server, reason: nova compute endpoint is not in service catalog.')).toBe('8:11-8:27');
    expect(at("Parameter 'size' is invalid: Invalid default abc")).toBe('3:3-3:7');
    expect(at('The template section is invalid: resorces')).toBe('5:1-5:9');
  });
  it('an undeclared parameter on the last environment file that sets it', () => {
    const envA = parseDocument('parameters:\n  nope: 1\n');
    const envB = parseDocument('parameter_defaults: {}\nparameters:\n  other: 2\n  nope: 3\n');
    const [d] = heatErrorToDiagnostics('The Parameter (nope) was not defined in template.', doc, {
      environments: [
        { file: '/x/a.yaml', document: envA },
        { file: '/x/b.yaml', document: envB },
      ],
    });
    expect(d).toMatchObject({ file: '/x/b.yaml', range: { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } } });
  });
});

describe('HTTPS through a proxy', () => {
  it('tunnels with CONNECT and skips verification when asked', async () => {
    const { startForwardProxy } = await import('./helpers/proxy.js');
    const { selfSignedCert } = await import('./helpers/stub.js');
    const cert = selfSignedCert()!;
    const heat = await stub(() => ({ status: 200, body: verdict }));
    const keystone = await stub(() => keystoneAnswer('tok-1', catalog(`${heat.url}/v1/p`)), cert);
    const proxy = await startForwardProxy();
    try {
      const run = await validateMany([{ path: '/x/a.yaml', text: TEMPLATE }], {
        credentials: creds(keystone.url),
        insecure: true,
        proxy: proxyFromEnv({ HTTPS_PROXY: proxy.url }),
      });
      expect(run.failure).toBeUndefined();
      expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([`CONNECT ${new URL(keystone.url).host}`]);
      expect(keystone.requests).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});

describe('the read policy', () => {
  it('never reads a nested template or registry target outside the root, nor fetches a URL, and sends nothing then', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'hot-lint-policy-'));
    mkdirSync(join(dir, 'project'));
    writeFileSync(join(dir, 'outside.yaml'), 'heat_template_version: 2021-04-16\nresources: {}\n');
    symlinkSync(join(dir, 'outside.yaml'), join(dir, 'project', 'link.yaml'));
    writeFileSync(join(dir, 'project', 'env.yaml'), 'resource_registry:\n  My::Thing: ../outside.yaml\n');
    const heat = await stub(() => ({ status: 200, body: verdict }));
    const site = await stub(() => ({ status: 200, body: 'heat_template_version: 2021-04-16\n' }));
    const credentials: Credentials = { authType: 'token', token: 'tok', heatUrl: `${heat.url}/v1/p`, interface: 'public', source: 'environment' };
    const check = async (template: string, extra: { environmentFiles?: string[] } = {}) =>
      (await validateRemote({ templateText: template, templatePath: join(dir, 'project', 't.yaml'), credentials, root: join(dir, 'project'), fetchUrls: false, ...extra })).failure;
    const nested = (type: string) => `heat_template_version: 2021-04-16\nresources:\n  r:\n    type: ${type}\n`;

    expect(await check(nested('../outside.yaml'))).toEqual({
      kind: 'input',
      message: `${join(dir, 'outside.yaml')} is outside the project root ${join(dir, 'project')}; hot-lint does not read it, so the template was not sent to Heat.`,
    });
    expect((await check(nested('link.yaml')))?.message).toBe(
      `${join(dir, 'project', 'link.yaml')} leads outside the project root ${join(dir, 'project')} (to ${join(dir, 'outside.yaml')}); hot-lint does not read it, so the template was not sent to Heat.`,
    );
    expect((await check(nested('My::Thing'), { environmentFiles: [join(dir, 'project', 'env.yaml')] }))?.message).toMatch(/outside\.yaml is outside the project root/);
    expect((await check(nested(`${site.url}/n.yaml`)))?.message).toBe(`${site.url}/n.yaml is a URL; hot-lint does not fetch URLs, so the template was not sent to Heat.`);
    expect(site.requests).toHaveLength(0);
    expect(heat.requests).toHaveLength(0);
    // Inside the root, the same nested template is read and sent.
    writeFileSync(join(dir, 'project', 'inside.yaml'), 'heat_template_version: 2021-04-16\nresources: {}\n');
    expect(await check(nested('inside.yaml'))).toBeUndefined();
    expect(heat.requests).toHaveLength(1);
  });
});
