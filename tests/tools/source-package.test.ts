/**
 * The AMO source package holds the repository's sources and nothing else, and what it builds is
 * what we ship. `npm run package:verify` does the same with a real `npm ci` from the registry;
 * here the unpacked sources borrow this checkout's node_modules (the same locked versions), so
 * the test runs offline in seconds.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packSource, type SourceFile, sourceFiles } from '../../tools/source-package.ts'
import { unpack } from '../../tools/store-zips.ts'
import { compareTrees, digestTree, sha256 } from '../../tools/tree-digest.ts'
import { ensureBuilt } from '../e2e/harness/build.ts'
import { DIST_FIREFOX, ROOT } from '../e2e/harness/paths.ts'

let files: SourceFile[]
let work: string
let unpacked: string

beforeAll(async () => {
  files = sourceFiles(ROOT)
  work = mkdtempSync(join(tmpdir(), 'upstream-source-test-'))
  const zipPath = join(work, 'source.zip')
  writeFileSync(zipPath, packSource(ROOT, files))
  unpacked = await unpack(zipPath, 'upstream-source-test-unpacked-')
})

afterAll(() => {
  for (const dir of [work, unpacked]) if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('the AMO source package', () => {
  it('lists the sources and the build steps, and nothing made or fetched', () => {
    const paths = files.map((f) => f.path)
    for (const needed of ['SOURCE-BUILD.md', 'package.json', 'package-lock.json', 'manifest.json'])
      expect(paths).toContain(needed)
    expect(paths.some((p) => p.startsWith('src/core/'))).toBe(true)
    const made = paths.filter((p) => /^(node_modules|dist|artifacts)\//.test(p) || p.includes('..'))
    expect(made).toEqual([])
  })

  it('unpacks to exactly those files, byte for byte, scripts still executable', () => {
    const expected = new Map(
      files.map((f): [string, string] => [f.path, sha256(readFileSync(join(ROOT, f.path)))]),
    )
    expect(compareTrees(expected, digestTree(unpacked))).toEqual([])
    expect(statSync(join(unpacked, 'scripts/setup.sh')).mode & 0o111).not.toBe(0)
    expect(statSync(join(unpacked, 'package.json')).mode & 0o111).toBe(0)
  })

  it('builds the Firefox add-on we ship, byte for byte', () => {
    ensureBuilt(['firefox'])
    symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir')
    execFileSync('npm', ['run', '-s', 'build:firefox'], {
      cwd: unpacked,
      stdio: ['ignore', 'ignore', 'ignore'],
    })
    expect(
      compareTrees(digestTree(DIST_FIREFOX), digestTree(join(unpacked, 'dist/firefox'))),
    ).toEqual([])
    expect(readFileSync(join(unpacked, 'dist/upstream-firefox.zip'))).toEqual(
      readFileSync(join(ROOT, 'dist/upstream-firefox.zip')),
    )
  }, 120_000)
})
