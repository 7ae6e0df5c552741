/** The request fields are built exactly as python-heatclient 3.1 builds them (compared with the installed one). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodes, parseDocument } from '@hot-lint/core';
import { Redactor, baseUrlFor, buildBundle, defaultReader, fileUrl, pythonJson, urljoin } from '../src/index.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hot-lint-files-'));
  mkdirSync(join(dir, 'lib'));
  mkdirSync(join(dir, 'env'));
  writeFileSync(join(dir, 'script one.sh'), '#!/bin/sh\necho "héllo"\n');
  writeFileSync(join(dir, 'lib', 'data.json'), '{"a": 1}\n');
  writeFileSync(join(dir, 'blob.bin'), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]));
  writeFileSync(
    join(dir, 'lib', 'nested.yaml'),
    'heat_template_version: 2021-04-16\nparameters:\n  x: {type: string}\nresources:\n  v:\n    type: OS::Heat::Value\n    properties: {value: {get_file: ../script one.sh}}\n  deeper:\n    type: deeper.template\n',
  );
  writeFileSync(join(dir, 'lib', 'deeper.template'), 'heat_template_version: 2021-04-16\ndescription: Ünïcode\nresources: {}\n');
  writeFileSync(join(dir, 'lib', 'registered.yaml'), 'heat_template_version: 2021-04-16\nresources: {}\n');
  writeFileSync(
    join(dir, 'env', 'one.yaml'),
    'parameters:\n  p: 1\nresource_registry:\n  My::Thing: ../lib/registered.yaml\n  OS::Fake::Alias: OS::Heat::None\n  resources:\n    r1:\n      hooks: pre-create\n',
  );
  writeFileSync(join(dir, 'env', 'two.yaml'), 'parameters:\n  p: 2\n  q: [1, 2]\nparameter_defaults: {d: true}\n');
  writeFileSync(
    join(dir, 'main.yaml'),
    [
      'heat_template_version: 2021-04-16',
      'resources:',
      '  a:',
      '    type: OS::Heat::Value',
      '    properties:',
      '      value: {get_file: script one.sh}',
      '  b:',
      '    type: OS::Heat::Value',
      '    properties:',
      '      value: {list_join: ["", [{get_file: lib/data.json}, {get_file: blob.bin}, {get_file: "script one.sh"}]]}',
      '  c:',
      '    type: lib/nested.yaml',
      '    properties: {x: 1}',
      '  d:',
      '    type: OS::Heat::ResourceGroup',
      '    properties:',
      '      resource_def: {type: ./lib/../lib/nested.yaml}',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const HEATCLIENT = '/usr/lib/python3/dist-packages/heatclient/common/template_utils.py';

function heatclientBundle(template: string, envs: string[]): unknown {
  const script = `
import sys
from oslo_serialization import jsonutils
from heatclient.common import template_utils
files, template = template_utils.process_template_path(sys.argv[1])
env_list = []
env_files, env = template_utils.process_multiple_environments_and_files(env_paths=sys.argv[2:], env_list_tracker=env_list)
files.update(env_files)
print(jsonutils.dumps({"template": template, "files": files, "environment": env, "environmentFiles": env_list}))
`;
  const result = spawnSync('/usr/bin/python3', ['-c', script, template, ...envs], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('bundle', () => {
  it.runIf(existsSync(HEATCLIENT))('matches python-heatclient byte for byte', async () => {
    const path = join(dir, 'main.yaml');
    const envs = [join(dir, 'env', 'one.yaml'), join(dir, 'env', 'two.yaml')];
    const doc = parseDocument((await import('node:fs')).readFileSync(path, 'utf8'));
    const ours = await buildBundle(
      { template: nodes.toValue(doc.root, doc.yaml), templatePath: path, environmentFiles: envs },
      defaultReader({}, new Redactor()),
    );
    expect(ours).toEqual(heatclientBundle(path, envs));
  });

  it('joins URLs like urllib.parse.urljoin and quotes paths like pathname2url', () => {
    expect(fileUrl("/a b/é!'()*~")).toBe('file:///a%20b/%C3%A9%21%27%28%29%2A~');
    expect(baseUrlFor('file:///a/b/t.yaml')).toBe('file:///a/b');
    expect(baseUrlFor('file:///t.yaml')).toBe('file:///');
    expect(urljoin('file:///a/b/', '../c d.yaml')).toBe('file:///a/c d.yaml');
    expect(urljoin('file:///a/b/', '/x')).toBe('file:///x');
    expect(urljoin('file:///a/b/', 'http://h/x')).toBe('http://h/x');
    expect(urljoin('http://h/t/', './x/./y.yaml')).toBe('http://h/t/x/y.yaml');
  });

  it('writes JSON as Python json.dumps does', () => {
    expect(pythonJson({ a: [1, 'é', null, true], b: { c: 1.5 } })).toBe('{"a": [1, "\\u00e9", null, true], "b": {"c": 1.5}}');
  });

  it('reports an unreadable get_file target', async () => {
    await expect(
      buildBundle({ template: { resources: { r: { properties: { v: { get_file: 'missing.txt' } } } } }, templatePath: join(dir, 'x.yaml') }, defaultReader({}, new Redactor())),
    ).rejects.toMatchObject({ kind: 'input', message: `Cannot read ${dir}/missing.txt (ENOENT).` });
  });
});
