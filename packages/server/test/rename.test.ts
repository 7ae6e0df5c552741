/** Rename across the files of a project: nested templates, the templates using them, their environments. */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { at, edit, projectFolder, range } from './caret.js';
import type { ProjectFolder } from './caret.js';
import { TestClient } from './lsp-client.js';

const PARENT = `heat_template_version: 2018-08-31
parameters:
  flavor:
    type: string
resources:
  web:
    type: nested.yaml
    properties:
      image: cirros
  db:
    type: My::Nested
    properties:
      image: {get_param: flavor}
outputs:
  address:
    value: {get_attr: [web, ip]}
`;
const NESTED = `heat_template_version: 2018-08-31
parameters:
  image:
    type: string
outputs:
  ip:
    value: {get_param: image}
`;
const ENV = `resource_registry:
  My::Nested: nested.yaml
parameters:
  flavor: m1.small
parameter_defaults:
  image: x
`;

let project: ProjectFolder;
let client: TestClient;
const uriOf = (rel: string) => project.uriOf(rel);

beforeAll(async () => {
  project = projectFolder('hot-lint-server-rename-', {
    '.hot-lint.yaml': 'environments:\n  - templates: parent.yaml\n    files: [env.yaml]\n',
    'parent.yaml': PARENT,
    'nested.yaml': NESTED,
    'env.yaml': ENV,
  });
  client = await TestClient.start({}, { workspaceFolders: [pathToFileURL(project.dir).href] });
});
afterAll(async () => {
  await client?.stop();
  project?.remove();
});

describe('rename across linked files', () => {
  test("a nested template's parameter: the properties of the resources using it and the environments' parameter_defaults", async () => {
    const nested = uriOf('nested.yaml');
    await client.open(nested, NESTED);
    expect(await client.request('textDocument/prepareRename', at(nested, 2, 3))).toEqual({ range: range(2, 2, 2, 7), placeholder: 'image' });
    // parent.yaml is not open: read from disk; it uses nested.yaml directly (web) and through env.yaml's registry (db).
    expect(await client.request('textDocument/rename', { ...at(nested, 2, 3), newName: 'picture' })).toEqual({
      changes: {
        [nested]: [edit('picture', 2, 2, 2, 7), edit('picture', 6, 23, 6, 28)],
        [uriOf('parent.yaml')]: [edit('picture', 8, 6, 8, 11), edit('picture', 12, 6, 12, 11)],
        [uriOf('env.yaml')]: [edit('picture', 5, 2, 5, 7)],
      },
    });
  });

  test("a nested template's output: get_attr in the templates using it", async () => {
    const nested = uriOf('nested.yaml');
    expect(await client.request('textDocument/rename', { ...at(nested, 5, 3), newName: 'address' })).toEqual({
      changes: {
        [nested]: [edit('address', 5, 2, 5, 4)],
        [uriOf('parent.yaml')]: [edit('address', 15, 28, 15, 30)],
      },
    });
  });

  test("a top-level template's parameter: the environments that apply to it; open documents' unsaved text", async () => {
    const parent = uriOf('parent.yaml');
    const env = uriOf('env.yaml');
    await client.open(parent, PARENT);
    // env.yaml edited in the editor, not saved: its text counts, not the file's.
    await client.open(env, ENV);
    await client.change(env, [{ range: range(0, 0, 0, 0), text: '# edited\n' }]);
    expect(await client.request('textDocument/rename', { ...at(parent, 2, 3), newName: 'size' })).toEqual({
      changes: {
        [parent]: [edit('size', 2, 2, 2, 8), edit('size', 12, 25, 12, 31)],
        [env]: [edit('size', 4, 2, 4, 8)],
      },
    });
    await client.close(env);
    await client.close(parent);
  });

  test('names that are invalid or would clash are refused', async () => {
    const nested = uriOf('nested.yaml');
    await expect(client.request('textDocument/rename', { ...at(nested, 2, 3), newName: 'an image' })).rejects.toThrow(
      '"an image" is not a usable parameter name',
    );
    expect(await client.request('textDocument/prepareRename', at(nested, 0, 3))).toBeNull();
    // A resource using the nested template already sets the new name.
    await client.change(nested, [{ range: range(4, 0, 4, 0), text: '  flavor:\n    type: string\n' }]);
    const parent = uriOf('parent.yaml');
    await client.open(parent, PARENT.replace('      image: cirros\n', '      image: cirros\n      flavor: m1\n'));
    await expect(client.request('textDocument/rename', { ...at(nested, 2, 3), newName: 'flavor' })).rejects.toThrow(
      'There is already a parameter named "flavor".',
    );
    await client.change(nested, [{ range: range(4, 0, 6, 0), text: '' }]);
    await expect(client.request('textDocument/rename', { ...at(nested, 2, 3), newName: 'flavor' })).rejects.toThrow(
      'Resource "web" in parent.yaml already sets the property "flavor".',
    );
    await client.close(parent);
  });
});
