import { defineConfig } from 'vitest/config'

// Real-browser tests (headless Chromium and Firefox ESR with the built extension). One file at
// a time: each launches its own browser, and the machine has 2 cores. The global setup builds
// dist/ first if it is missing or older than src/.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    environment: 'node',
    // Tests compare what the browser shows (in English) with the English catalog.
    setupFiles: ['tests/setup-i18n.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
})
