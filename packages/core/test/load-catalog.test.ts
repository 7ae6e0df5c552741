import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { CatalogLoadError, DEFAULT_HEAT_VERSION, catalogDataDir, lint, loadCatalog } from '../src/index.js';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the Heat data shipped in @hot-lint/core', () => {
  test('lives in packages/core/data/, found relative to the module', () => {
    expect(catalogDataDir()).toBe(join(core, 'data') + '/');
    expect(existsSync(join(catalogDataDir(), `heat-${DEFAULT_HEAT_VERSION}.json`))).toBe(true);
    expect(existsSync(join(catalogDataDir(), 'heat-13.1.0.patch.json.gz'))).toBe(true);
  });

  test('a missing data folder is a CatalogLoadError naming the file', () => {
    const empty = mkdtempSync(join(core, '.tmp-data-'));
    scratch.push(empty);
    expect(() => loadCatalog({ dataDir: empty })).toThrow(CatalogLoadError);
    expect(() => loadCatalog({ dataDir: empty })).toThrow(`Cannot read the Heat catalog file ${join(empty, 'heat-26.0.1.json')}`);
  });

  test('lint() still never throws when the package lost its data: one positioned finding says why', async () => {
    // The built package without data/: dist/ copied into a folder beside this package, so that
    // its dependencies still resolve from the workspace's node_modules.
    expect(existsSync(join(core, 'dist/index.js')), 'run `npm run build` first').toBe(true);
    const copy = mkdtempSync(join(core, '.tmp-nodata-'));
    scratch.push(copy);
    cpSync(join(core, 'dist'), join(copy, 'dist'), { recursive: true, filter: (from) => !from.endsWith('.map') });
    // Without their maps, which name sources this copy does not have.
    for (const file of readdirSync(join(copy, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
      const path = join(copy, 'dist', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n'));
    }
    writeFileSync(join(copy, 'package.json'), JSON.stringify({ type: 'module' }));
    const stripped = (await import(pathToFileURL(join(copy, 'dist/index.js')).href)) as typeof import('../src/index.js');
    const text = 'heat_template_version: 2018-08-31\nresources: {\n';
    const findings = stripped.lint(text);
    expect(findings.map((d) => [d.ruleId, d.severity, d.range.start.line, d.range.start.character])).toEqual([
      ['internal-error', 'error', 0, 0],
      ['yaml-syntax', 'error', 2, 0],
    ]);
    expect(findings[0]!.message).toBe(
      `Cannot read the Heat catalog file ${join(copy, 'data', 'heat-26.0.1.json')} (ENOENT: no such file or directory, open '${join(copy, 'data', 'heat-26.0.1.json')}'). ` +
        'It ships inside @hot-lint/core: reinstall the package, or name an available Heat release in the configuration. No rule was checked.',
    );
    // With its data, the same text gives the parse finding only.
    expect(lint(text).map((d) => d.ruleId)).toEqual(['yaml-syntax']);
  });
});
