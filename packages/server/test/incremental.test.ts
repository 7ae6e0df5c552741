import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSeq } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { lintTemplateFile, loadCatalog, NodeFileLoader, ProjectSession } from '@hot-lint/core';
import { buildTemplate, isCleanParse, parseDocument, reparseEdit } from '@hot-lint/core';
import type { ParsedDocument } from '@hot-lint/core';
import { toLspDiagnostic } from '../src/features/diagnostics.js';
import { callIndexOf } from '../src/features/cursor.js';
import { textIndex, textIndexAfterEdit } from '../src/features/locate.js';
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

test('diagnostics, hover, completion and definition after each edit of a random script of ranged edits are those of a fresh lint of the text', async () => {
  // The session reparses the buffer on each change and re-checks only the edited resource; the
  // published findings must be exactly a full lint's, ranges included.
  const client = await TestClient.inProcess({}, { workspaceFolders: [pathToFileURL(dir).href] });
  // A second server that opens each text afresh: what the requests must answer.
  const reference = await TestClient.inProcess({}, { workspaceFolders: [pathToFileURL(dir).href] });
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
    // Requests read the per-version indexes made from the last version's (text lines, call tables):
    // they answer as a server that opened this text fresh, wherever the caret is.
    if (!published.diagnostics.some((d) => d.code === 'yaml-syntax')) {
      // Where the user is: right after the typed text, on a call's argument near the edit (in the
      // edited entry or the next), and anywhere.
      const argumentAfter = (from: number) => {
        const call = /get_(?:resource|param|attr): \[?\w/g;
        call.lastIndex = Math.max(first, from);
        const found = call.exec(text);
        return found ? found.index + found[0].length : at;
      };
      const positions = [at + insert.length, argumentAfter(at - 300), argumentAfter(at), first + Math.floor(next() * (text.length - first))].map((offset) => {
        const head = text.slice(0, offset);
        return { line: head.split('\n').length - 1, character: offset - (head.lastIndexOf('\n') + 1) };
      });
      const opened = reference.nextDiagnostics(uri);
      await reference.open(uri, text);
      await opened;
      for (const position of positions) {
        for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
          const params = { textDocument: { uri }, position };
          const [got, want] = await Promise.all([client.connection.sendRequest(method, params), reference.connection.sendRequest(method, params)]);
          expect(got, `step ${step} ${method} ${JSON.stringify(position)}`).toEqual(want);
        }
      }
      await reference.close(uri);
    }
    // Now and then the user undoes everything: the structure comes back whole.
    if (step % 40 === 39) {
      text = template(8);
      diagnostics = client.nextDiagnostics(uri);
      await client.change(uri, [{ text }]);
      await diagnostics;
    }
  }
  await client.stop();
  await reference.stop();
}, 120_000);

test('the text index and call index of each edited version are those of the version indexed afresh', () => {
  // Each version's indexes are made from the last one's: the text's lines the edit did not touch,
  // the call tables of the entries it did not replace.
  const catalog = loadCatalog();
  const next = random(17_0317);
  let text = template(6);
  let document: ParsedDocument = parseDocument(text);
  let index = textIndex(text);
  for (let step = 0; step < 200; step++) {
    const first = text.indexOf('\n') + 1;
    const at = first + Math.floor(next() * (text.length - first));
    const remove = next() < 0.4 ? 1 + Math.floor(next() * 12) : 0;
    const edited = text.slice(0, at) + (remove && next() < 0.5 ? '' : TYPED[Math.floor(next() * TYPED.length)]!) + text.slice(at + remove);
    document = (isCleanParse(document) ? reparseEdit(document, edited) : null) ?? parseDocument(edited);
    index = textIndexAfterEdit(index, text, edited);
    expect(index, `step ${step}`).toEqual(textIndex(edited));
    const model = document.root ? buildTemplate(document, catalog) : null;
    if (model) {
      const calls = callIndexOf(model);
      for (const call of model.calls) {
        // The first call in template order with that key or argument node, as a scan finds it.
        expect(calls.key(call.key), `step ${step}`).toBe(model.calls.find((c) => c.key === call.key));
        const argumentsOf = (c: typeof call) => (isSeq(c.args) ? c.args.items : [c.args]);
        for (const node of argumentsOf(call)) {
          if (!node) continue;
          const owner = model.calls.find((c) => argumentsOf(c).includes(node));
          expect(calls.argument(node as never)?.call, `step ${step}`).toBe(owner);
        }
      }
    }
    text = edited;
  }
});
