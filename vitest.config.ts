import { defineConfig } from 'vitest/config';

/**
 * Tests that drive the real things around hot-lint rather than hot-lint in process: Debian's
 * Keystone and heat-all on loopback, Heat's own validation of every release, packed tarballs
 * installed into an empty prefix, pre-commit installing the hook. `npm run test:e2e` runs them
 * (with the real VS Code test); `npm test` runs the rest, the unit suite.
 */
const END_TO_END = [
  'packages/cli/test/remote-run.test.ts',
  'packages/cli/test/remote.test.ts',
  'packages/cli/test/catalog-pull.test.ts',
  'packages/cli/test/packed-install.test.ts',
  'packages/cli/test/pre-commit.test.ts',
  'packages/remote/test/keystone.test.ts',
  'packages/remote/test/heat.test.ts',
  'packages/core/test/agreement.test.ts',
  'packages/core/test/releases.test.ts',
];
const ALL = ['packages/*/test/**/*.test.ts', 'extension/test/**/*.test.ts'];
const endToEnd = process.env.HOT_LINT_TESTS === 'e2e';

export default defineConfig({
  test: {
    include: endToEnd ? END_TO_END : ALL,
    exclude: endToEnd ? [] : END_TO_END,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
