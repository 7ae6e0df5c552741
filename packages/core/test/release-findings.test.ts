import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAT_RELEASES, catalogDataDir, lint, loadCatalog, resolveHeatRelease } from '../src/index.js';
import type { HeatReleaseSpec } from '../src/index.js';
import { formatFinding } from './fixture-format.js';
import { RANGE, RELEASE_CASES as cases, RELEASE_FIXTURES as root, RELEASES } from './release-cases.js';

/**
 * Issue 16: the same template checked against Train, Wallaby, Zed and 2026.1 gives, for each, the
 * findings in test-fixtures/releases/<case>.<release>.expected; a range gives <case>.range.expected.
 * In process, no Heat: what each release's Heat says of the same fixtures is releases.test.ts (e2e).
 */
const update = process.env.UPDATE_FIXTURES === '1';

function checkAgainst(file: string, suffix: string, heatRelease: HeatReleaseSpec): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const actual = lint(text, { heatRelease }).map(formatFinding);
  const expectedPath = join(root, file.replace(/\.yaml$/, `.${suffix}.expected`));
  if (update) writeFileSync(expectedPath, actual.length ? `${actual.join('\n')}\n` : '');
  const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8').split('\n').filter((l) => l !== '') : [];
  expect(actual).toEqual(expected);
  return actual;
}

describe('findings per Heat release', () => {
  for (const file of cases) {
    describe(file, () => {
      for (const release of RELEASES) it(release, () => checkAgainst(file, release, release));
      it('the range [train, 2026.1]', () => checkAgainst(file, 'range', RANGE));
    });
  }

  it('names the release that added or removed a thing, and the releases of a range where it fails', () => {
    const text = 'heat_template_version: wallaby\nresources:\n  az:\n    type: OS::Octavia::AvailabilityZone\n    properties: { availability_zone_profile: p }\n';
    expect(lint(text, { heatRelease: 'train' }).map((d) => d.message)).toEqual([
      expect.stringContaining('"wallaby" is not a HOT template version. It was added in Heat 16 (wallaby); this is Heat 13 (train).'),
      'The Resource Type (OS::Octavia::AvailabilityZone) could not be found. It was added in Heat 24 (2025.1); this is Heat 13 (train).',
    ]);
    expect(lint(text, { heatRelease: ['ussuri', 2024.1] }).map((d) => d.message)).toEqual([
      expect.stringMatching(/^"wallaby" is not a HOT template version\. It was added in Heat 16 \(wallaby\)\. Valid: .* Fails on Heat 14 \(ussuri\) … Heat 15 \(victoria\)\.$/),
      // It fails on every release of this range: nothing to single out.
      'The Resource Type (OS::Octavia::AvailabilityZone) could not be found. It was added in Heat 24 (2025.1).',
    ]);
    expect(lint(text)).toEqual([]);
  });

  it('an unknown release is one positioned finding, not an exception', () => {
    expect(lint('heat_template_version: 2018-08-31\n', { heatRelease: 'kilo' })).toEqual([
      {
        ruleId: 'config',
        severity: 'error',
        message: 'There is no catalog for Heat "kilo"; heatRelease is a series (queens … 2026.1), a major number (10 … 26) or a version such as 26.0.1, or a range [from, to] of them.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
    ]);
  });

  it('resolves a series, a major number or any version of a major', () => {
    expect(['train', 'TRAIN', 13, '13', '13.1.0', '13.0.0'].map((s) => resolveHeatRelease(s)?.version)).toEqual(Array(6).fill('13.1.0'));
    expect(['2023.1', 20, '20.0.0'].map((s) => resolveHeatRelease(s)?.series)).toEqual(['2023.1', '2023.1', '2023.1']);
    expect([resolveHeatRelease('kilo'), resolveHeatRelease(9), resolveHeatRelease('2019.1')]).toEqual([undefined, undefined, undefined]);
    expect(HEAT_RELEASES.map((r) => r.major)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26]);
  });

  it('every release loads, and releases share the unchanged parts of the newest', () => {
    const newest = loadCatalog();
    for (const release of HEAT_RELEASES) {
      const catalog = loadCatalog({ heatRelease: release.version });
      expect(catalog.heatVersion).toBe(release.version);
      expect(catalog.release).toBe(release);
    }
    const train = loadCatalog({ heatRelease: 'train' });
    expect(train.resourceType('OS::Octavia::AvailabilityZone')).toBeUndefined();
    expect(newest.resourceType('OS::Octavia::AvailabilityZone')).toBeDefined();
    expect(train.versions.map((v) => v.version).at(-1)).toBe('2018-08-31');
    // The newest catalog is not changed by loading the others.
    expect(newest.versions.map((v) => v.version).at(-1)).toBe('2021-04-16');
  });
});

describe('the release store', () => {
  it('holds all seventeen releases in well under 5 MB', () => {
    const bytes = readdirSync(catalogDataDir()).reduce((sum, f) => sum + statSync(join(catalogDataDir(), f)).size, 0);
    expect(bytes).toBeLessThan(1_000_000);
  });
});
