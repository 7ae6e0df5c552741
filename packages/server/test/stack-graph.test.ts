import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TestClient } from './lsp-client.js';

const GRAPH = join(__dirname, '../../cli/test/fixtures/graph');

describe('hot-lint.stackGraph', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await TestClient.start({ settings: { hotLint: { environments: [] } } }, { workspaceFolders: [pathToFileURL(GRAPH).href] });
  });
  afterAll(async () => {
    await client.stop();
  });

  test("answers the SVG of the document's current text, following edits", async () => {
    const uri = pathToFileURL(join(GRAPH, 'stack.yaml')).href;
    const published = client.nextDiagnostics(uri);
    await client.open(uri, readFileSync(join(GRAPH, 'stack.yaml'), 'utf8'));
    await published;
    const first = (await client.request('workspace/executeCommand', { command: 'hot-lint.stackGraph', arguments: [uri] })) as { svg: string };
    expect(first.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((first.svg.match(/<g class="node /g) ?? []).length).toBe(13);
    expect(first.svg).toContain('<g class="node template"><title>web.yaml</title>');
    const republished = client.nextDiagnostics(uri);
    await client.change(uri, [{ text: 'heat_template_version: 2021-04-16\nresources:\n  only: {type: OS::Heat::None}\n' }]);
    await republished;
    const second = (await client.request('workspace/executeCommand', { command: 'hot-lint.stackGraph', arguments: [uri] })) as { svg: string };
    expect((second.svg.match(/<g class="node /g) ?? []).length).toBe(1);
    expect(second.svg).toContain('<title>only&#10;OS::Heat::None</title>');
  });

  test('is drawn by core\'s renderers: the server does not depend on the command', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('@hot-lint/cli');
    expect(readFileSync(join(__dirname, '../src/server.ts'), 'utf8')).toContain("import('@hot-lint/core/graph')");
  });

  test('says so for what is not an open template', async () => {
    expect(await client.request('workspace/executeCommand', { command: 'hot-lint.stackGraph', arguments: ['file:///nowhere.yaml'] })).toEqual({
      error: 'Open a Heat template to see its stack graph.',
    });
  });
});
