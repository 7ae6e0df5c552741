/** Against the real Heat 19 engine (Debian's heat-all, noauth) on 127.0.0.1. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '@hot-lint/core';
import { validateRemote } from '../src/index.js';
import type { Credentials, RecordedRequest } from '../src/index.js';
import { startHeat } from './helpers/services.js';
import type { Service } from './helpers/services.js';

let heat: Service;
let dir: string;
const TOKEN = 'noauth-token-7f3a9c';

beforeAll(async () => {
  heat = await startHeat();
  dir = mkdtempSync(join(tmpdir(), 'hot-lint-remote-'));
});

afterAll(async () => {
  await heat?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function credentials(): Credentials {
  return { authType: 'token', token: TOKEN, heatUrl: `${heat.url}/v1/test-project`, interface: 'public', source: 'test' };
}

async function validate(templateText: string, extra: Partial<Parameters<typeof validateRemote>[0]> = {}) {
  const requests: RecordedRequest[] = [];
  const log: string[] = [];
  const result = await validateRemote({
    templateText,
    templatePath: join(dir, 'template.yaml'),
    credentials: credentials(),
    onRequest: (r) => requests.push(r),
    debugLog: (line) => log.push(line),
    ...extra,
  });
  return { result, requests, log };
}

const REQ = /^req-[0-9a-f-]{36}$/;

describe('validateRemote against real Heat', () => {
  it('maps an unknown property to its key, with the request id', async () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'resources:',
      '  secret:',
      '    type: OS::Heat::RandomString',
      '    properties:',
      '      lenght: 8',
      '',
    ].join('\n');
    const { result, requests, log } = await validate(text);
    expect(result.ok).toBe(false);
    expect(result.failure).toBeUndefined();
    expect(result.requestId).toMatch(REQ);
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'heat-remote',
        severity: 'error',
        message: `Heat (request ${result.requestId}): Property error: resources.secret.properties: Unknown Property lenght.`,
        range: { start: { line: 5, character: 6 }, end: { line: 5, character: 12 } },
      },
    ]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.url).toBe(`${heat.url}/v1/test-project/validate?resource_validate=true`);
    expect(requests[0]!.headers['X-Auth-Token']).toBe('***');
    expect(JSON.parse(requests[0]!.body!)).toEqual({
      template: { heat_template_version: '2021-04-16', resources: { secret: { type: 'OS::Heat::RandomString', properties: { lenght: 8 } } } },
      files: {},
      environment: {},
    });
    expect(log.join('\n')).not.toContain(TOKEN);
  });

  it('maps a bad get_attr in outputs to the function key', async () => {
    const text = [
      'heat_template_version: 2021-04-16',
      'resources:',
      '  secret:',
      '    type: OS::Heat::RandomString',
      'outputs:',
      '  o:',
      '    value: {get_attr: [secret, nope]}',
      '',
    ].join('\n');
    const { result } = await validate(text, { resourceValidate: false });
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'heat-remote',
        severity: 'error',
        message: `Heat (request ${result.requestId}): outputs.o.value.get_attr: The Referenced Attribute (secret nope) is incorrect.`,
        range: { start: { line: 6, character: 12 }, end: { line: 6, character: 20 } },
      },
    ]);
  });

  it('accepts a valid template with get_file and a nested template, and returns the parameters', async () => {
    writeFileSync(join(dir, 'motd.txt'), 'hello\n');
    writeFileSync(
      join(dir, 'nested.yaml'),
      'heat_template_version: 2021-04-16\nparameters:\n  count: {type: number}\nresources:\n  inner:\n    type: OS::Heat::Value\n    properties: {value: {get_file: motd.txt}}\n',
    );
    const text = [
      'heat_template_version: 2021-04-16',
      'parameters:',
      '  size:',
      '    type: number',
      '    default: 8',
      '    description: Length.',
      'resources:',
      '  secret:',
      '    type: OS::Heat::RandomString',
      '    properties: {length: {get_param: size}}',
      '  motd:',
      '    type: OS::Heat::Value',
      '    properties: {value: {get_file: motd.txt}}',
      '  child:',
      '    type: nested.yaml',
      '    properties: {count: 1}',
      '',
    ].join('\n');
    const { result, requests } = await validate(text, { resourceValidate: false });
    expect(result.failure).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.requestId).toMatch(REQ);
    expect(result.parameters).toEqual({
      size: { Type: 'Number', Default: 8, Description: 'Length.', Label: 'size', NoEcho: 'false' },
    });
    expect(requests[0]!.url).toBe(`${heat.url}/v1/test-project/validate?resource_validate=false`);
    const body = JSON.parse(requests[0]!.body!) as { files: Record<string, string>; template: { resources: Record<string, unknown> } };
    const base = `file://${dir}`;
    expect(Object.keys(body.files).sort()).toEqual([`${base}/motd.txt`, `${base}/nested.yaml`]);
    expect(body.files[`${base}/motd.txt`]).toBe('hello\n');
    expect(body.template.resources.child).toEqual({ type: `${base}/nested.yaml`, properties: { count: 1 } });
  });

  it('sends environment files as heatclient does', async () => {
    writeFileSync(join(dir, 'env.yaml'), 'parameter_defaults:\n  size: 12\n');
    const text = 'heat_template_version: 2021-04-16\nparameters:\n  size: {type: number}\nresources: {}\n';
    const { result, requests } = await validate(text, { environmentFiles: [join(dir, 'env.yaml')], showNested: true });
    expect(result.ok).toBe(true);
    expect(requests[0]!.url).toBe(`${heat.url}/v1/test-project/validate?resource_validate=true&show_nested=true`);
    const body = JSON.parse(requests[0]!.body!) as Record<string, unknown>;
    expect(body.environment).toEqual({ parameter_defaults: { size: 12 } });
    expect(body.environment_files).toEqual([`file://${dir}/env.yaml`]);
    expect(body.files).toEqual({ [`file://${dir}/env.yaml`]: '{"parameter_defaults": {"size": 12}}' });
    expect(body.show_nested).toBe(true);
    expect((result.response?.Environment as Record<string, unknown>).parameter_defaults).toEqual({ size: 12 });
  });

  it('names an unknown resource type at its type value', async () => {
    const text = 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n';
    const { result } = await validate(text);
    expect(result.diagnostics.map((d) => [d.message, d.range])).toEqual([
      [
        `Heat (request ${result.requestId}): The Resource Type (OS::Heat::Nope) could not be found.`,
        { start: { line: 3, character: 10 }, end: { line: 3, character: 24 } },
      ],
    ]);
  });
});

/**
 * Heat 19's /validate checks nested templates only partly (validate_res_tmpl_only): it reads
 * each one (template version, parameter types) and, with show_nested, builds its resources
 * (types, resource keywords, conditions), but never validates their properties. Its errors
 * then name nothing of the parent: they are found in the nested template that has what they
 * name, and reported there (`file`) and on the parent's `type` that leads to it.
 */
describe('errors inside nested templates, against real Heat', () => {
  const nestedDir = () => join(dir, 'nested-errors');
  const write = (name: string, text: string) => {
    mkdirSync(nestedDir(), { recursive: true });
    writeFileSync(join(nestedDir(), name), text);
    return join(nestedDir(), name);
  };
  const run = (text: string, extra: Partial<Parameters<typeof validateRemote>[0]> = {}) =>
    validate(text, { templatePath: join(nestedDir(), 'parent.yaml'), ...extra });
  const shape = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => ({ file: d.file, message: d.message, range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character] }));

  it('does not see an unknown property inside a nested template, with or without show_nested', async () => {
    write('props.yaml', 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::RandomString\n    properties:\n      lenght: 8\n');
    const text = 'heat_template_version: 2021-04-16\nresources:\n  web:\n    type: props.yaml\n';
    for (const showNested of [false, true]) {
      const { result } = await run(text, { showNested });
      expect(result.diagnostics).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it('maps an unknown resource type in a nested template (show_nested) into it, and onto the parent type', async () => {
    const nested = write('types.yaml', 'heat_template_version: 2021-04-16\nresources:\n  r:\n    type: OS::Heat::Nope\n');
    const text = 'heat_template_version: 2021-04-16\nresources:\n  web:\n    type: types.yaml\n';
    expect((await run(text)).result.ok).toBe(true);
    const { result } = await run(text, { showNested: true });
    const heat = `Heat (request ${result.requestId}): `;
    expect(result.ok).toBe(false);
    expect(result.diagnostics.every((d) => d.ruleId === 'heat-remote' && d.severity === 'error')).toBe(true);
    expect(shape(result.diagnostics)).toEqual([
      { file: undefined, message: `${heat}the nested template types.yaml is invalid: The Resource Type (OS::Heat::Nope) could not be found.`, range: [3, 10, 3, 20] },
      { file: nested, message: `${heat}The Resource Type (OS::Heat::Nope) could not be found.`, range: [3, 10, 3, 24] },
    ]);
  });

  it('follows a resource_registry name and a chain of nested templates', async () => {
    const nested = write('params.yaml', 'heat_template_version: 2021-04-16\nparameters:\n  p: {type: strin}\nresources: {}\n');
    write('middle.yaml', 'heat_template_version: 2021-04-16\nresources:\n  inner:\n    type: My::Params\n');
    const env = write('registry.yaml', 'resource_registry:\n  My::Params: params.yaml\n');
    const text = 'heat_template_version: 2021-04-16\nresources:\n  other:\n    type: OS::Heat::None\n  web:\n    type: middle.yaml\n';
    const { result } = await run(text, { environmentFiles: [env] });
    const heat = `Heat (request ${result.requestId}): `;
    expect(shape(result.diagnostics)).toEqual([
      { file: undefined, message: `${heat}the nested template params.yaml is invalid: Invalid type (strin)`, range: [5, 10, 5, 21] },
      { file: nested, message: `${heat}Invalid type (strin)`, range: [2, 12, 2, 17] },
    ]);
  });

  it('maps a path Heat writes relative to a ResourceGroup member template into it', async () => {
    const nested = write('member.yaml', 'heat_template_version: 2021-04-16\nconditions:\n  c: {equals: [1]}\nresources: {}\n');
    const text = [
      'heat_template_version: 2021-04-16',
      'resources:',
      '  group:',
      '    type: OS::Heat::ResourceGroup',
      '    properties:',
      '      count: 2',
      '      resource_def: {type: member.yaml}',
      '',
    ].join('\n');
    const { result } = await run(text, { showNested: true });
    const heat = `Heat (request ${result.requestId}): `;
    const why = 'conditions.c.equals: Arguments to "equals" must be of the form: [value_1, value_2].';
    expect(shape(result.diagnostics)).toEqual([
      { file: undefined, message: `${heat}the nested template member.yaml is invalid: ${why}`, range: [6, 27, 6, 38] },
      { file: nested, message: heat + why, range: [2, 6, 2, 12] },
    ]);
  });
});
