/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, the checks addons.mozilla.org
 * runs on an upload) on dist/firefox, judged against docs/store/lint-allowlist.json.
 *
 * Fails on any error; on any warning or notice the allowlist does not explain; on an allowlist
 * entry that no longer matches anything (its explanation would be out of date); and on an
 * entry whose explanation is missing from docs/store/web-ext-lint.md.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  describe,
  isClean,
  judge,
  type LintReport,
  parseAllowlist,
  parseLintReport,
  undocumentedIds,
} from './lint-allowlist.ts'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist/firefox')
const ALLOWLIST = join(ROOT, 'docs/store/lint-allowlist.json')
const EXPLANATIONS = join(ROOT, 'docs/store/web-ext-lint.md')

function runLinter(): LintReport {
  const bin = join(ROOT, 'node_modules/.bin/web-ext')
  const args = ['lint', '--source-dir', DIST, '--output', 'json', '--no-config-discovery']
  try {
    return parseLintReport(execFileSync(bin, args, { cwd: ROOT, encoding: 'utf8' }))
  } catch (error) {
    // web-ext exits 1 when the report has errors; the report is still on stdout.
    const stdout = (error as { stdout?: unknown }).stdout
    if (typeof stdout === 'string' && stdout.trim().startsWith('{')) return parseLintReport(stdout)
    throw error
  }
}

function main(): void {
  const allowlist = parseAllowlist(readFileSync(ALLOWLIST, 'utf8'))
  const report = runLinter()
  const verdict = judge(report, allowlist, (file) => readFileSync(join(DIST, file), 'utf8'))
  const undocumented = undocumentedIds(allowlist, readFileSync(EXPLANATIONS, 'utf8'))

  const counts = new Map<string, number>()
  for (const { id } of verdict.explained) counts.set(id, (counts.get(id) ?? 0) + 1)
  console.log(
    `web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings, ` +
      `${report.notices.length} notices; ${verdict.explained.length} explained in docs/store/web-ext-lint.md`,
  )
  for (const [id, n] of counts) console.log(`  ${String(n).padStart(2)} × ${id}`)
  for (const e of verdict.errors) console.log(`  error: ${describe(e)}`)
  for (const w of verdict.unexplained) console.log(`  not explained: ${describe(w)}`)
  for (const entry of verdict.unused) {
    console.log(
      `  allowlist entry ${entry.id} matched nothing: remove it and its explanation in docs/store/`,
    )
  }
  for (const id of undocumented)
    console.log(`  allowlist entry ${id} has no section in docs/store/web-ext-lint.md`)
  if (!isClean(verdict) || undocumented.length > 0) {
    console.log('lint:firefox failed')
    process.exitCode = 1
  }
}

main()
