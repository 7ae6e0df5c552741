import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..');
const vsixPath = join(extensionDir, 'hot-lint.vsix');

/** The entries of a zip file (a .vsix), read from its central directory. */
function readZip(buffer: Buffer): Map<string, () => Buffer> {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, () => {
      const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
      const data = buffer.subarray(dataStart, dataStart + compressedSize);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

let entries: Map<string, () => Buffer>;

beforeAll(() => {
  // Always packaged afresh (about 4 s): the bundle holds the server and core, whose sources change more often than the extension's.
  execFileSync('npm', ['run', 'package', '-w', 'extension'], { cwd: join(extensionDir, '..'), stdio: 'pipe', timeout: 170_000 });
  entries = readZip(readFileSync(vsixPath));
});

describe('the .vsix', () => {
  test('holds the manifest, the bundled extension and server, the catalog and nothing else', () => {
    const schemas = readdirSync(join(extensionDir, '..', 'packages', 'core', 'data'))
      .filter((f) => f.endsWith('.json') || f.endsWith('.json.gz'))
      .map((f) => `extension/dist/data/${f}`);
    expect([...entries.keys()].sort()).toEqual(
      [
        '[Content_Types].xml',
        'extension.vsixmanifest',
        'extension/LICENSE.txt',
        'extension/dist/extension.js',
        'extension/dist/server.mjs',
        'extension/images/icon.png',
        'extension/walkthrough/environments.md',
        'extension/walkthrough/open.md',
        'extension/walkthrough/problems.md',
        'extension/package.json',
        'extension/readme.md',
        ...schemas,
        'extension/dist/schemas/hot-template.yaml-validation.json',
        'extension/dist/schemas/hot-lint-config.schema.json',
      ].sort(),
    );
    expect(schemas).toContain('extension/dist/data/heat-26.0.1.json');
    expect(schemas).toContain('extension/dist/data/heat-13.1.0.patch.json.gz');
    expect([...entries.keys()].some((name) => name.includes('node_modules'))).toBe(false);
  });

  test('the manifest points at the bundle and contributes the settings and command', () => {
    const manifest = JSON.parse(entries.get('extension/package.json')!().toString('utf8'));
    expect(manifest.main).toBe('./dist/extension.js');
    // Activation registers commands only: the server itself starts with the first Heat document.
    expect(manifest.activationEvents).toEqual(['onLanguage:yaml', 'onLanguage:json', 'workspaceContains:**/.hot-lint.yaml', 'workspaceContains:**/.hot-lint.yml']);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      'hotLint.configPath',
      'hotLint.environments',
      'hotLint.heatRelease',
      'hotLint.remote.cloud',
      'hotLint.remote.heatUrl',
      'hotLint.remote.insecure',
      'hotLint.remote.caCert',
      'hotLint.remote.timeoutSeconds',
      'hotLint.remote.resourceValidate',
      'hotLint.trace.server',
    ]);
    // Every setting editable in the Settings UI: one type each.
    for (const property of Object.values(manifest.contributes.configuration.properties) as Array<{ type: unknown }>) {
      expect(typeof property.type).toBe('string');
    }
    expect(manifest.contributes.yamlValidation).toContainEqual({ fileMatch: ['*.hot.yaml', '*.hot.yml'], url: './dist/schemas/hot-template.yaml-validation.json' });
    // Red Hat YAML validates and hovers with it but completes nothing: completion is hot-lint's alone.
    const forYaml = JSON.parse(entries.get('extension/dist/schemas/hot-template.yaml-validation.json')!().toString('utf8'));
    expect(Object.values(forYaml.properties).every((p) => (p as { doNotSuggest?: boolean }).doNotSuggest === true)).toBe(true);
    expect(Object.keys(forYaml.properties)).toEqual(Object.keys(JSON.parse(readFileSync(join(extensionDir, '..', 'schemas', 'hot-template.schema.json'), 'utf8')).properties));
    expect(manifest.icon).toBe('images/icon.png');
    expect(manifest.contributes.walkthroughs[0].steps.map((s: { id: string }) => s.id)).toEqual(['open', 'problems', 'environments']);
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual([
      'hot-lint.validateRemote',
      'hot-lint.restartServer',
      'hot-lint.showOutput',
      'hot-lint.showStackGraph',
    ]);
    expect(manifest.dependencies).toBeUndefined();
    // The YAML extension checks and completes .hot-lint.yaml with the schema the vsix carries.
    expect(manifest.contributes.yamlValidation).toEqual([
      { fileMatch: ['*.hot.yaml', '*.hot.yml'], url: './dist/schemas/hot-template.yaml-validation.json' },
      { fileMatch: ['.hot-lint.yaml', '.hot-lint.yml'], url: './dist/schemas/hot-lint-config.schema.json' },
    ]);
    expect(entries.has('extension/dist/schemas/hot-lint-config.schema.json')).toBe(true);
  });

  test('the bundled server needs no node_modules: it finds the catalog beside itself', () => {
    const server = entries.get('extension/dist/server.mjs')!().toString('utf8');
    expect(server.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(server).not.toMatch(/from ?["'](vscode-languageserver|yaml|ajv|@hot-lint\/core)["']/);
    const extension = entries.get('extension/dist/extension.js')!().toString('utf8');
    expect(extension).toContain('require("vscode")');
    expect(extension).not.toMatch(/require\("vscode-languageclient/);
    const newest = JSON.parse(entries.get('extension/dist/data/heat-26.0.1.json')!().toString('utf8'));
    expect(newest.catalog.heat_version).toBe('26.0.1');
  });
});
