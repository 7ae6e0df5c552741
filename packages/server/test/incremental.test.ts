import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { lintTemplateFile, loadCatalog, NodeFileLoader, ProjectSession } from '@hot-lint/core';
import { toLspDiagnostic } from '../src/features/diagnostics.js';
import { TestClient } from './lsp-client.js';
import { random } from '../../core/test/random.js';

const dir = mkdtempSync(join(tmpdir(), 'hot-lint-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function template(count: number): string {
  let text = 'heat_template_version: 2018-08-31\nparameters:\n  flavor: {type: string}\nresources:\n';
  for (let i = 0; i < count; i++) {
    text += `  server_${i}:\n    type: OS::Nova::Server\n    properties:\n      name: server-${i}\n      flavor: {get_param: flavor}\n      image: cirros\n      networks:\n        - port: {get_resource: port_${i}}\n`;
    text += `  port_${i}:\n    type: OS::Neutron::Port\n    properties:\n      network: private\n`;
  }
  return `${text}outputs:\n  name:\n    value: {get_attr: [server_0, name]}\n`;
}

const TYPED = ['a', 'x', '1', ' ', ':', '{', '}', '\n      ', 'get_param', 'imgae', 'port_1', 'flavr', '{get_resource: server_0}', '{get_attr: [port_2, name]}'];

test('diagnostics after each edit of a random script of ranged edits are those of a fresh lint of the text', async () => {
  // The session reparses the buffer on each change and re-checks only the edited resource; the
  // published findings must be exactly a full lint's, ranges included.
  const client = await TestClient.inProcess({}, { workspaceFolders: [pathToFileURL(dir).href] });
  const path = join(dir, 'stack.yaml');
  const uri = pathToFileURL(path).href;
  const catalog = loadCatalog();
  const next = random(2026_17);
  let text = template(8);
  let diagnostics = client.nextDiagnostics(uri);
  await client.open(uri, text);
  await diagnostics;
  for (let step = 0; step < 120; step++) {
    // Anywhere after the version line (a file without it is not a template, and gets no diagnostics).
    const first = text.indexOf('\n') + 1;
    const at = first + Math.floor(next() * (text.length - first));
    const remove = next() < 0.5 ? 1 + Math.floor(next() * 2) : 0;
    const insert = remove && next() < 0.5 ? '' : TYPED[Math.floor(next() * TYPED.length)]!;
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    const character = at - (before.lastIndexOf('\n') + 1);
    const removed = text.slice(at, at + remove);
    const endLine = line + removed.split('\n').length - 1;
    const endCharacter = removed.includes('\n') ? removed.length - removed.lastIndexOf('\n') - 1 : character + removed.length;
    text = before + insert + text.slice(at + remove);
    diagnostics = client.nextDiagnostics(uri);
    await client.change(uri, [{ range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, text: insert }]);
    const published = await diagnostics;
    const fresh = new ProjectSession(new NodeFileLoader(dir), catalog);
    fresh.setText(path, text);
    const expected = lintTemplateFile(fresh, path).diagnostics!.map(toLspDiagnostic);
    expect(published.diagnostics, `step ${step}`).toEqual(expected);
    // Now and then the user undoes everything: the structure comes back whole.
    if (step % 40 === 39) {
      text = template(8);
      diagnostics = client.nextDiagnostics(uri);
      await client.change(uri, [{ text }]);
      await diagnostics;
    }
  }
  await client.stop();
}, 120_000);
