import { defineConfig } from 'vitest/config'

// Node-side tests: core units, the fixture harness, the CLI. Real-browser tests have their own
// config (vitest.e2e.config.ts) so the crx plugin and browsers stay out of this run.
export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/fixtures.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/extension/**/*.test.ts',
      'tests/library/**/*.test.ts',
      'tests/tools/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/setup-i18n.ts'],
    testTimeout: 30_000,
  },
})
