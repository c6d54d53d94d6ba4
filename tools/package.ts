/**
 * `npm run package`: everything the two stores take, from a clean build, in one command.
 *
 * 1. Refuses to run with uncommitted changes (the source package must be the sources the
 *    store zips were built from); `--allow-dirty` packs the work tree anyway, for trying it out.
 * 2. Removes dist/ and builds both browsers (`npm run build`, which also writes the store zips:
 *    tools/zip-dist.ts).
 * 3. Runs the add-on linter check (`npm run lint:firefox`).
 * 4. Writes the AMO source package, dist/upstream-source.zip (tools/source-package.ts).
 * 5. Reads the store zips back and checks them against the build (tools/store-zips.ts).
 * 6. Prints what it made: files, sizes, SHA-256.
 *
 * `npm run package:verify` then rebuilds the AMO zip from the source package, as a reviewer would.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { buildEnvironment, formatSize } from './package-report.ts'
import { packSource, sourceFiles, uncommittedChanges } from './source-package.ts'
import { checkStoreZip } from './store-zips.ts'
import { sha256 } from './tree-digest.ts'

const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')

interface Made {
  file: string
  what: string
  files: number
}

function npmRun(script: string, quiet: boolean): void {
  execFileSync('npm', ['run', '-s', script], {
    cwd: ROOT,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  })
}

async function main(): Promise<void> {
  const allowDirty = process.argv.includes('--allow-dirty')
  const changes = uncommittedChanges(ROOT)
  if (changes.length > 0 && !allowDirty) {
    console.error('npm run package: commit first. The source package is the tracked files, and')
    console.error('it must be what the store zips are built from. Uncommitted:')
    for (const line of changes.slice(0, 10)) console.error(`  ${line}`)
    console.error('(npm run package -- --allow-dirty packs the work tree anyway, to try it out.)')
    process.exitCode = 1
    return
  }

  rmSync(DIST, { recursive: true, force: true })
  console.log('Building dist/chrome and dist/firefox from scratch…')
  npmRun('build', true)
  npmRun('lint:firefox', false)

  const files = sourceFiles(ROOT)
  const sourceZip = join(DIST, 'upstream-source.zip')
  writeFileSync(sourceZip, packSource(ROOT, files))

  const made: Made[] = []
  let failed = false
  for (const target of ['chrome', 'firefox'] as const) {
    const file = join(DIST, `upstream-${target}.zip`)
    const check = await checkStoreZip(target, file, join(DIST, target))
    for (const problem of check.problems) console.error(`${relative(ROOT, file)}: ${problem}`)
    failed ||= check.problems.length > 0
    const what = target === 'chrome' ? 'Chrome Web Store upload' : 'addons.mozilla.org upload'
    made.push({ file, what, files: check.files })
  }
  made.push({ file: sourceZip, what: 'addons.mozilla.org source code', files: files.length })

  console.log(
    `\nStore packages (${buildEnvironment()}${changes.length > 0 ? ', UNCOMMITTED work tree' : ''}):`,
  )
  for (const { file, what, files: count } of made) {
    const data = readFileSync(file)
    console.log(
      `  ${relative(ROOT, file).padEnd(26)} ${what.padEnd(32)} ${String(count).padStart(4)} files ` +
        `${formatSize(data.length).padStart(9)}  sha256 ${sha256(data)}`,
    )
  }
  console.log(
    '\nReviewers rebuild the AMO upload with SOURCE-BUILD.md; npm run package:verify does it here.',
  )
  if (failed) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
