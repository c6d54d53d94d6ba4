/**
 * `npm run package:verify`: does what SOURCE-BUILD.md tells an addons.mozilla.org reviewer to
 * do, and checks the result. Unpacks dist/upstream-source.zip into an empty temporary folder,
 * runs `npm ci` (from the npm registry) and `npm run build:firefox` there, and compares the
 * dist/firefox it builds, file by file, with the files in the uploaded dist/upstream-firefox.zip,
 * and the two zips byte for byte. Run `npm run package` first.
 *
 * `--keep` leaves the temporary folder for a look.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildEnvironment } from './package-report.ts'
import { describeDifference, unpack } from './store-zips.ts'
import { compareTrees, digestTree, sha256 } from './tree-digest.ts'

const ROOT = resolve(import.meta.dirname, '..')
const SOURCE_ZIP = join(ROOT, 'dist/upstream-source.zip')
const AMO_ZIP = join(ROOT, 'dist/upstream-firefox.zip')

function step(cwd: string, command: string, args: string[]): void {
  const started = Date.now()
  console.log(`$ ${command} ${args.join(' ')}`)
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function main(): Promise<void> {
  for (const file of [SOURCE_ZIP, AMO_ZIP]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run package first`)
  }
  const source = await unpack(SOURCE_ZIP, 'upstream-source-')
  const shipped = await unpack(AMO_ZIP, 'upstream-amo-')
  console.log(`Source package unpacked into ${source} (${buildEnvironment()})`)
  try {
    step(source, 'npm', ['ci', '--no-audit', '--no-fund'])
    step(source, 'npm', ['run', 'build:firefox'])

    const differences = compareTrees(digestTree(shipped), digestTree(join(source, 'dist/firefox')))
    const rebuiltZip = readFileSync(join(source, 'dist/upstream-firefox.zip'))
    const shippedZip = readFileSync(AMO_ZIP)
    const files = digestTree(shipped).size
    if (differences.length === 0) {
      console.log(`dist/firefox rebuilt from the source package: the same ${files} files`)
    } else {
      console.log(
        `dist/firefox rebuilt from the source package differs in ${differences.length} of ${files} files:`,
      )
      for (const difference of differences) console.log(`  ${describeDifference(difference)}`)
    }
    const sameZip = rebuiltZip.equals(shippedZip)
    console.log(
      sameZip
        ? `upstream-firefox.zip rebuilt byte for byte: sha256 ${sha256(shippedZip)}`
        : `upstream-firefox.zip differs: shipped ${sha256(shippedZip)}, rebuilt ${sha256(rebuiltZip)}`,
    )
    if (differences.length > 0 || !sameZip) process.exitCode = 1
  } finally {
    if (process.argv.includes('--keep')) console.log(`Kept ${source} and ${shipped}`)
    else for (const dir of [source, shipped]) rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
