import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HeatReleaseSpec } from '../src/index.js';

/**
 * Issue 16: the release fixtures (test-fixtures/releases), linted per release in
 * release-findings.test.ts and put to each release's imported Heat in releases.test.ts (e2e).
 */
export const RELEASE_FIXTURES = resolve(__dirname, '../../../test-fixtures/releases');
export const RELEASES = ['train', 'wallaby', 'zed', '2026.1'];
export const RANGE: HeatReleaseSpec = ['train', '2026.1'];
export const RELEASE_CASES = readdirSync(RELEASE_FIXTURES).filter((f) => f.endsWith('.yaml')).sort();
