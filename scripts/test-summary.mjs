// Prints "N passed, N failed" from the Vitest JSON reports that `npm test` writes to
// artifacts/test-results/*.json, for CI, which reads that line rather than Vitest's summary.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = 'artifacts/test-results'
let passed = 0
let failed = 0
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0)
  // A suite that failed to load counts as a failure even though it ran no test.
  failed += (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length
}
if (files.length === 0) failed += 1
console.log(`${passed} passed, ${failed} failed`)
