import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHeat } from '../../remote/test/helpers/services.js';
import type { Service } from '../../remote/test/helpers/services.js';
import { offRules, run, tempDir } from './run.js';

/**
 * `hot-lint --remote` against Debian's real Heat 19 (heat-all on 127.0.0.1, noauth), with a
 * token and an explicit endpoint (OS_TOKEN + --heat-url). The test starts Heat and stops only it.
 */
let heat: Service;
let dir: string;

beforeAll(async () => {
  heat = await startHeat();
  dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.hot-lint.yaml'), `rules:\n${offRules()}`);
  writeFileSync(
    join(dir, 'bad.yaml'),
    'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n',
  );
  writeFileSync(
    join(dir, 'good.yaml'),
    'heat_template_version: 2021-04-16\nparameters:\n  n:\n    type: number\n    default: 8\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      length: {get_param: n}\n',
  );
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'nested', 'types.yaml'), 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n');
  writeFileSync(join(dir, 'parent.yaml'), 'heat_template_version: 2021-04-16\nresources:\n  web:\n    type: nested/types.yaml\n');
}, 120_000);

afterAll(async () => {
  await heat?.stop();
});

const remoteArgs = () => ['--remote', '--heat-url', `${heat.url}/v1/test-project`, '-f', 'parseable'];
const env = { OS_TOKEN: 'not-a-real-token', OS_CLOUD: '', OS_AUTH_URL: '' };

describe('hot-lint --remote', () => {
  it("maps Heat's rejection onto the property it names, with exit status 1", () => {
    const r = run([...remoteArgs(), 'bad.yaml'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^bad\.yaml:6:7: error \[heat-remote\] Heat \(request req-[0-9a-f-]+\): Property error: resources\.r\.properties: Unknown Property lenght\.?\n$/,
    );
    expect(r.status).toBe(1);
  });

  it("reports an error inside a nested template under that file, and on the parent's type", () => {
    const r = run([...remoteArgs(), '--show-nested', 'parent.yaml'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    const heat = 'Heat \\(request req-[0-9a-f-]+\\): ';
    const why = 'The Resource Type \\(OS::Heat::Nope\\) could not be found\\.';
    expect(r.stdout).toMatch(
      new RegExp(`^parent\\.yaml:4:11: error \\[heat-remote\\] ${heat}the nested template nested/types\\.yaml is invalid: ${why}\\n` +
        `nested/types\\.yaml:4:11: error \\[heat-remote\\] ${heat}${why}\\n$`),
    );
    expect(r.status).toBe(1);
  });

  it('passes a template Heat accepts, and shows its parameters on request', () => {
    const r = run([...remoteArgs(), '--show-parameters', 'good.yaml'], { cwd: dir, env });
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^hot-lint: good\.yaml: Heat accepts it \(request req-[0-9a-f-]+\); parameters:\n {2}n: Number = "?8"?\n$/);
    expect(r.status).toBe(0);
  });

  it('reports an unreachable Heat in one line, without the token, with exit status 2', () => {
    const r = run(['--remote', '--heat-url', 'http://127.0.0.1:9/v1/x', '--timeout', '5', '--debug', '-f', 'parseable', 'good.yaml'], {
      cwd: dir,
      env: { ...env, OS_TOKEN: 'secret-token-value' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hot-lint: remote validation stopped: Connection refused by 127\.0\.0\.1:9 .*\n$/m);
    expect(r.stdout + r.stderr).not.toContain('secret-token-value');
  });

  it('refuses remote-only options without --remote', () => {
    const r = run(['--insecure', 'good.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'hot-lint: --insecure goes with --remote.\n' });
  });
});
