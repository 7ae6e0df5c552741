import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startForwardProxy, startTlsFront } from '../../remote/test/helpers/proxy.js';
import type { ForwardProxy } from '../../remote/test/helpers/proxy.js';
import { startHeat, startKeystone } from '../../remote/test/helpers/services.js';
import type { KeystoneService, Service } from '../../remote/test/helpers/services.js';
import { selfSignedCert, startStub } from '../../remote/test/helpers/stub.js';
import { offRules, runAsync, tempDir } from './run.js';

/**
 * `hot-lint --remote` as operators run it, against Debian's real Keystone (lockout after 2
 * failed logins) and heat-all on 127.0.0.1, through a loopback forward proxy that counts
 * every request. The test starts these services and stops only them.
 */
const ADMIN_PASSWORD = 'adm-Pa55-word-17';
const PASSWORD = 'op-Pa55-word-42';
const WRONG = 'wrong-Pa55-word-99';
let keystone: KeystoneService;
let heat: Service;
let proxy: ForwardProxy;
let tlsFront: { url: string; close(): Promise<void> };
let dir: string;

const GOOD = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n';
const BAD = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n';
const NOVA = 'heat_template_version: 2021-04-16\nresources:\n  server:\n    type: OS::Nova::Server\n    properties:\n      image: cirros\n      flavor: m1.tiny\n';
const SIX = ['t1.yaml', 't2.yaml', 't3.yaml', 't4.yaml', 't5.yaml', 'bad.yaml'];

beforeAll(async () => {
  const cert = selfSignedCert();
  if (!cert) throw new Error('openssl is needed for the TLS tests (apt-get install -y openssl)');
  [keystone, heat] = await Promise.all([
    startKeystone(ADMIN_PASSWORD, { extraConfig: ['[security_compliance]', 'lockout_failure_attempts = 2', 'lockout_duration = 1800'] }),
    startHeat(),
  ]);
  await keystone.registerHeat(heat.url);
  await keystone.createUser('operator', PASSWORD);
  await keystone.createUser('control', PASSWORD);
  proxy = await startForwardProxy();
  tlsFront = await startTlsFront(keystone.url, cert);
  dir = tempDir();
  writeFileSync(join(dir, '.hot-lint.yaml'), `rules:\n${offRules()}`);
  for (const name of SIX.slice(0, 5)) writeFileSync(join(dir, name), GOOD);
  writeFileSync(join(dir, 'bad.yaml'), BAD);
  writeFileSync(join(dir, 'nova.yaml'), NOVA);
  writeFileSync(
    join(dir, 'param.yaml'),
    'heat_template_version: 2021-04-16\nparameters:\n  name:\n    type: string\n    default: abc\n    constraints:\n      - length: { min: 5 }\nresources: {}\n',
  );
  writeFileSync(join(dir, 'section.yaml'), 'heat_template_version: 2021-04-16\nresorces:\n  r:\n    type: OS::Heat::RandomString\n');
  writeFileSync(join(dir, 'env.yaml'), 'parameters:\n  size: 3\n');
  writeFileSync(join(dir, 'suppressed.yaml'), NOVA.replace('    type: OS::Nova::Server\n', '    # hot-lint-disable-next-line heat-remote\n    type: OS::Nova::Server\n'));
  writeFileSync(join(dir, 'stale.yaml'), GOOD.replace('    type: OS::Heat::RandomString\n', '    type: OS::Heat::RandomString # hot-lint-disable-line heat-remote\n'));
  mkdirSync(join(dir, 'lenient'));
  writeFileSync(join(dir, 'lenient', '.hot-lint.yaml'), `rules:\n${offRules()}  heat-remote: warning\n`);
  writeFileSync(join(dir, 'lenient', 'nova.yaml'), NOVA);
  writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT\n');
  mkdirSync(join(dir, 'project'));
  writeFileSync(join(dir, 'project', '.hot-lint.yaml'), `rules:\n${offRules()}`);
  writeFileSync(
    join(dir, 'project', 'outside.yaml'),
    'heat_template_version: 2021-04-16\nresources:\n  c:\n    type: OS::Heat::Value\n    properties:\n      value: { get_file: ../secret.txt }\n',
  );
  writeFileSync(join(dir, 'clouds.yaml'), `clouds:\n  tls:\n    auth:\n      auth_url: ${tlsFront.url}/v3\n      username: operator\n      password: ${PASSWORD}\n      project_name: admin\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: RegionOne\n    verify: false\n`);
}, 180_000);

afterAll(async () => {
  await Promise.all([keystone?.stop(), heat?.stop(), proxy?.close(), tlsFront?.close()]);
});

/** The environment of an operator's shell: password credentials, nothing inherited from this machine. */
const shell = (over: Record<string, string> = {}): Record<string, string> => ({
  OS_CLOUD: '',
  OS_AUTH_URL: `${keystone.url}/v3`,
  OS_USERNAME: 'operator',
  OS_PASSWORD: PASSWORD,
  OS_PROJECT_NAME: 'admin',
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
  OS_REGION_NAME: 'RegionOne',
  OS_TOKEN: '',
  OS_INSECURE: '',
  OS_CACERT: '',
  OS_CLIENT_CONFIG_FILE: '',
  HTTP_PROXY: '',
  HTTPS_PROXY: '',
  NO_PROXY: '',
  http_proxy: '',
  https_proxy: '',
  no_proxy: '',
  ...over,
});
/** Heat directly (noauth), with a token and --heat-url: for the tests of Heat's answers. */
const direct = () => ['--remote', '--heat-url', `${heat.url}/v1/test-project`, '-f', 'parseable'];
const tokenShell = (over: Record<string, string> = {}) => shell({ OS_AUTH_URL: '', OS_USERNAME: '', OS_PASSWORD: '', OS_TOKEN: 'a-token-value', ...over });
const logins = () => proxy.requests.filter((r) => r.method === 'POST' && r.target.endsWith('/v3/auth/tokens'));
const validations = () => proxy.requests.filter((r) => r.method === 'POST' && r.target.includes('/validate'));
const HEAT = 'Heat \\(request req-[0-9a-f-]+\\): ';

describe('one login per run', () => {
  it('logs in to Keystone once for six templates, through HTTP_PROXY, at most --concurrency at a time, with progress on stderr', async () => {
    proxy.reset();
    const r = await runAsync(['--remote', '--concurrency', '3', '-f', 'parseable', ...SIX], { cwd: dir, env: shell({ HTTP_PROXY: proxy.url }) });
    expect(logins()).toHaveLength(1);
    expect(validations()).toHaveLength(6);
    expect(proxy.maxInFlight()).toBeLessThanOrEqual(3);
    expect(proxy.maxInFlight()).toBeGreaterThan(1);
    for (const request of proxy.requests) expect(request.headers['user-agent']).toMatch(/^hot-lint\/0\.1\.0 hot-lint-remote\/0\.1\.0 node\/v\d+\./);
    expect(r.stdout).toMatch(new RegExp(`^bad\\.yaml:6:7: error \\[heat-remote\\] ${HEAT}Property error: resources\\.r\\.properties: Unknown Property lenght\\.\\n$`));
    const progress = r.stderr.trimEnd().split('\n');
    expect(progress).toHaveLength(6);
    progress.forEach((line, i) => expect(line).toMatch(new RegExp(`^hot-lint: remote \\[${i + 1}/6\\] (t\\d\\.yaml: accepted|bad\\.yaml: rejected \\(1 finding\\))$`)));
    expect(r.status).toBe(1);

    proxy.reset();
    const serial = await runAsync(['--remote', '--concurrency', '1', '-f', 'parseable', ...SIX], { cwd: dir, env: shell({ HTTP_PROXY: proxy.url }) });
    expect(serial.status).toBe(1);
    expect(logins()).toHaveLength(1);
    expect(proxy.maxInFlight()).toBe(1);
  });

  it('stops at a wrong password after one attempt, says it once, and never locks the account', async () => {
    // The lockout is real: two failed logins lock "control" even with the right password.
    const login = (user: string, password: string) =>
      fetch(`${keystone.url}/v3/auth/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: user, domain: { name: 'Default' }, password } } } } }),
      }).then((answer) => answer.status);
    expect(await login('control', WRONG)).toBe(401);
    expect(await login('control', WRONG)).toBe(401);
    expect(await login('control', PASSWORD)).toBe(401);

    proxy.reset();
    const r = await runAsync(['--remote', '-f', 'parseable', ...SIX], { cwd: dir, env: shell({ HTTP_PROXY: proxy.url, OS_PASSWORD: WRONG }) });
    expect(logins()).toHaveLength(1);
    expect(validations()).toHaveLength(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hot-lint: remote validation stopped: Keystone refused the credentials from environment \(HTTP 401, request req-[0-9a-f-]+\): The request you have made requires authentication\.\n$/);
    expect(r.status).toBe(2);

    const again = await runAsync(['--remote', '-f', 'parseable', 't1.yaml'], { cwd: dir, env: shell() });
    expect(again).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('a hanging Heat costs one timeout, not one per template', async () => {
    const hanging = await startStub(() => ({ status: 200, hang: true }));
    try {
      const r = await runAsync([...direct().slice(0, 1), '--heat-url', `${hanging.url}/v1/p`, '--timeout', '1', '--concurrency', '2', '-f', 'parseable', ...SIX], {
        cwd: dir,
        env: tokenShell(),
      });
      expect(hanging.requests.length).toBeLessThanOrEqual(2);
      expect(r.stderr).toBe(`hot-lint: remote validation stopped: No answer from ${hanging.url}/v1/p/validate?resource_validate=true within 1 s.\n`);
      expect(r.status).toBe(2);
    } finally {
      await hanging.close();
    }
  });
});

describe("Heat's answers land on their nodes", () => {
  it('HEAT-E99001 (a service the cloud lacks) on the resource type; --ignore-errors takes the code as Heat prints it', async () => {
    const r = await runAsync([...direct(), 'nova.yaml'], { cwd: dir, env: tokenShell() });
    expect(r.stdout).toMatch(
      new RegExp(`^nova\\.yaml:4:11: error \\[heat-remote\\] ${HEAT}HEAT-E99001 Service nova is not available for resource type OS::Nova::Server, reason: nova compute endpoint is not in service catalog\\.\\n$`),
    );
    expect(r.status).toBe(1);
    expect(await runAsync([...direct(), '--ignore-errors', 'HEAT-E99001', 'nova.yaml'], { cwd: dir, env: tokenShell() })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await runAsync([...direct(), '--ignore-errors', '99001', 'nova.yaml'], { cwd: dir, env: tokenShell() })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('refuses an ignore_errors code Heat does not know (Heat would answer 200 without a verdict): exit 2, no false pass', async () => {
    const r = await runAsync([...direct(), '--ignore-errors', 'HEAT-E12345', 'nova.yaml'], { cwd: dir, env: tokenShell() });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: 'hot-lint: --ignore-errors: "HEAT-E12345" is not an error code Heat can ignore; it knows HEAT-E99001 (written HEAT-E99001 or 99001).\n',
    });
  });

  it("Parameter 'p' is invalid on the parameter, a bad section on its key, an undeclared parameter on the environment file that sets it", async () => {
    const r = await runAsync([...direct(), 'param.yaml', 'section.yaml'], { cwd: dir, env: tokenShell() });
    const remote = r.stdout.split('\n').filter((line) => line.includes('[heat-remote]'));
    expect(remote).toHaveLength(2);
    expect(remote[0]).toMatch(new RegExp(`^param\\.yaml:3:3: error \\[heat-remote\\] ${HEAT}Parameter 'name' is invalid: Invalid default abc \\(length \\(3\\) is out of range \\(min: 5, max: None\\)\\)$`));
    expect(remote[1]).toMatch(new RegExp(`^section\\.yaml:2:1: error \\[heat-remote\\] ${HEAT}The template section is invalid: resorces\\.$`));

    const env = await runAsync([...direct(), '-e', 'env.yaml', 't1.yaml'], { cwd: dir, env: tokenShell() });
    const envRemote = env.stdout.split('\n').filter((line) => line.includes('[heat-remote]'));
    expect(envRemote).toEqual([expect.stringMatching(new RegExp(`^env\\.yaml:2:3: error \\[heat-remote\\] ${HEAT}The Parameter \\(size\\) was not defined in template\\.$`))]);
    expect(env.status).toBe(1);
  });
});

describe('heat-remote is a rule', () => {
  it('is suppressed by a comment, configured per folder, and its stale suppressions are reported only when it ran', async () => {
    expect(await runAsync([...direct(), 'suppressed.yaml'], { cwd: dir, env: tokenShell() })).toEqual({ status: 0, stdout: '', stderr: '' });
    const lenient = await runAsync([...direct(), 'lenient/nova.yaml'], { cwd: dir, env: tokenShell() });
    expect(lenient.stdout).toMatch(new RegExp(`^lenient/nova\\.yaml:4:11: warning \\[heat-remote\\] ${HEAT}HEAT-E99001 Service nova`));
    expect(lenient.status).toBe(0);
    const stale = await runAsync([...direct(), 'stale.yaml'], { cwd: dir, env: tokenShell() });
    expect(stale.stdout).toMatch(/^stale\.yaml:4:\d+: warning \[unused-suppression\] .*heat-remote.*\n$/);
    expect(await runAsync(['-f', 'parseable', 'stale.yaml'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('is listed and explained', async () => {
    const list = await runAsync(['--list-rules'], { cwd: dir });
    expect(list.stdout).toMatch(/^heat-remote +error +yes +remote +What Heat's validate API/m);
    const explained = await runAsync(['--explain', 'heat-remote']);
    expect(explained.stdout).toMatch(/^# heat-remote\n\nWhat Heat's validate API \(POST \/v1\/\{project\}\/validate\) rejects, asked with --remote\.\n\nSeverity: error\. Area: remote\. On by default\./);
  });
});

describe('proxies and TLS settings', () => {
  it('NO_PROXY sends requests directly', async () => {
    proxy.reset();
    const r = await runAsync(['--remote', '-f', 'parseable', 't1.yaml'], { cwd: dir, env: shell({ HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }) });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(proxy.requests).toHaveLength(0);
  });

  it('verifies certificates unless OS_INSECURE or clouds.yaml verify: false says not to; HTTPS goes through HTTPS_PROXY as a tunnel', async () => {
    const strict = await runAsync(['--remote', '-f', 'parseable', 't1.yaml', 't2.yaml'], { cwd: dir, env: shell({ OS_AUTH_URL: `${tlsFront.url}/v3` }) });
    expect(strict.stderr).toMatch(/^hot-lint: remote validation stopped: TLS error with 127\.0\.0\.1:\d+: .*\(DEPTH_ZERO_SELF_SIGNED_CERT\)\. Trust its CA/);
    expect(strict.stderr.split('\n')).toHaveLength(2);
    expect(strict.status).toBe(2);

    proxy.reset();
    const insecure = await runAsync(['--remote', '-f', 'parseable', 't1.yaml'], {
      cwd: dir,
      env: shell({ OS_AUTH_URL: `${tlsFront.url}/v3`, OS_INSECURE: 'true', HTTPS_PROXY: proxy.url }),
    });
    expect(insecure).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(proxy.requests.map((r) => `${r.method} ${r.target}`)).toEqual([`CONNECT ${new URL(tlsFront.url).host}`]);

    const cloud = await runAsync(['--remote', '-f', 'parseable', 't1.yaml'], { cwd: dir, env: shell({ OS_AUTH_URL: '', OS_USERNAME: '', OS_PASSWORD: '', OS_CLOUD: 'tls' }) });
    expect(cloud).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('the report', () => {
  const down = ['--remote', '--heat-url', 'http://127.0.0.1:9/v1/p'];
  const STOPPED = 'remote validation stopped: Connection refused by 127.0.0.1:9 (http://127.0.0.1:9/v1/p/validate?resource_validate=true).';

  it('records a remote failure in json, sarif, junit and github', async () => {
    const json = await runAsync([...down, '-f', 'json', 't1.yaml'], { cwd: dir, env: tokenShell() });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout).failures).toEqual([{ message: STOPPED }]);

    const sarif = JSON.parse((await runAsync([...down, '-f', 'sarif', 't1.yaml'], { cwd: dir, env: tokenShell() })).stdout);
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: STOPPED } }] }]);

    const junit = (await runAsync([...down, '-f', 'junit', 't1.yaml'], { cwd: dir, env: tokenShell() })).stdout;
    expect(junit).toContain('<testsuites name="hot-lint" tests="2" failures="0" errors="1">');
    expect(junit).toContain(`<error type="hot-lint" message="${STOPPED}">${STOPPED}</error>`);

    const github = await runAsync([...down, '-f', 'github', 't1.yaml'], { cwd: dir, env: tokenShell() });
    expect(github.stdout).toBe(`::error title=hot-lint::${STOPPED}\n`);
  });
});

describe('the --root promise holds for the remote pass', () => {
  it('never reads a get_file outside the root nor sends it to Heat', async () => {
    proxy.reset();
    const r = await runAsync(['--remote', '--heat-url', `${heat.url}/v1/p`, '--root', 'project', '-f', 'json', 'project/outside.yaml'], {
      cwd: dir,
      env: tokenShell({ HTTP_PROXY: proxy.url }),
    });
    expect(proxy.requests).toHaveLength(0);
    const message = `remote validation: ${join(dir, 'secret.txt')} is outside the project root ${join(dir, 'project')}; hot-lint does not read it, so the template was not sent to Heat.`;
    expect(r.stderr).toBe(`hot-lint: project/outside.yaml: ${message}\n`);
    expect(JSON.parse(r.stdout).failures).toEqual([{ path: 'project/outside.yaml', message }]);
    expect(r.status).toBe(2);
  });

  it('never fetches a get_file URL', async () => {
    const site = await startStub(() => ({ status: 200, body: 'fetched' }));
    try {
      writeFileSync(join(dir, 'url.yaml'), `heat_template_version: 2021-04-16\nresources:\n  c:\n    type: OS::Heat::Value\n    properties:\n      value: { get_file: '${site.url}/script.sh' }\n`);
      const r = await runAsync([...direct(), 'url.yaml'], { cwd: dir, env: tokenShell() });
      expect(site.requests).toHaveLength(0);
      expect(r.stderr).toBe(`hot-lint: url.yaml: remote validation: ${site.url}/script.sh is a URL; hot-lint does not fetch URLs, so the template was not sent to Heat.\n`);
      expect(r.status).toBe(2);
    } finally {
      await site.close();
    }
  });
});
