import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, loadCatalog, resolveHeatRelease } from '../src/index.js';
// agreement/harness.mjs: starts agreement/heat_validate.py (Heat's validate_template, offline).
import { heatUnavailable, startHeat } from '../../../agreement/harness.mjs';
import { RELEASE_CASES as cases, RELEASE_FIXTURES as root, RELEASES } from './release-cases.js';

/**
 * Issue 16, with Heat itself: the imported Heat of each release judges the release fixtures the way
 * hot-lint's findings for that release say (those findings, exactly, are release-findings.test.ts),
 * and the generator regenerates the stored catalog of a release from its tree.
 */
const heatSource = resolve(__dirname, '../../../../shared/heat-source');

/** What the imported Heat of each release says (offline validate_template): it rejects exactly when hot-lint has an error. */
const unavailable = heatUnavailable() ?? (existsSync(heatSource) ? null : `${heatSource} is missing`);
describe.skipIf(unavailable !== null)('agreement with the imported Heat of each release', () => {
  const verdicts = new Map<string, { verdict: string; message: string }>();
  beforeAll(async () => {
    for (const name of RELEASES) {
      const release = resolveHeatRelease(name)!;
      const heat = await startHeat({ source: join(heatSource, `heat-${release.version}.tar.gz`) });
      expect(heat.info.heat).toBe(release.version);
      for (const file of cases) {
        const answer = await heat.validate({ id: file, template: readFileSync(join(root, file), 'utf8'), modes: ['validate'] });
        verdicts.set(`${file}\0${name}`, answer);
      }
      await heat.close();
    }
  }, 240_000);
  afterAll(() => verdicts.clear());

  for (const file of cases) {
    for (const name of RELEASES) {
      it(`${file} on ${name}`, () => {
        const heat = verdicts.get(`${file}\0${name}`)!;
        const errors = lint(readFileSync(join(root, file), 'utf8'), { heatRelease: name }).filter((d) => d.severity === 'error');
        expect({ verdict: heat.verdict, message: heat.message }).toEqual({
          verdict: errors.length ? 'rejected' : 'accepted',
          message: heat.verdict === 'rejected' ? expect.any(String) : '',
        });
      });
    }
  }
});

describe('the release store', () => {
  it.skipIf(unavailable !== null)('is what the generator makes of a release tree: Train regenerated equals the stored Train', () => {
    const out = mkdtempSync(join(tmpdir(), 'hot-lint-gen-'));
    try {
      const generator = resolve(__dirname, '../../../schemas/tools/generate-catalog.py');
      const run = spawnSync('/usr/bin/python3', [generator, '--source', join(heatSource, 'heat-13.1.0.tar.gz'), '--out-dir', out], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
      const stored = loadCatalog({ heatRelease: 'train' });
      expect(JSON.parse(readFileSync(join(out, 'heat-catalog-13.1.0.json'), 'utf8'))).toEqual(stored.resources);
      expect(JSON.parse(readFileSync(join(out, 'heat-language-13.1.0.json'), 'utf8'))).toEqual(stored.language);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
