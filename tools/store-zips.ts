/**
 * Reads a store zip back with an independent zip reader (extract-zip, over yauzl: the reader
 * addons.mozilla.org's linter uses) and checks it holds exactly the build it was made from. The
 * one allowed difference: the Chrome Web Store copy of the manifest has no `key`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import extract from 'extract-zip'
import type { Target } from './manifest.ts'
import { compareTrees, digestTree, type TreeDifference } from './tree-digest.ts'

/** Unpacks `zipPath` into a new temporary folder and returns it; the caller removes it. */
export async function unpack(zipPath: string, prefix: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  await extract(zipPath, { dir })
  return dir
}

export interface StoreZipCheck {
  files: number
  problems: string[]
}

export async function checkStoreZip(
  target: Target,
  zipPath: string,
  distDir: string,
): Promise<StoreZipCheck> {
  const dir = await unpack(zipPath, `upstream-${target}-zip-`)
  try {
    const inZip = digestTree(dir)
    const differences = compareTrees(digestTree(distDir), inZip).filter(
      (d) => !(target === 'chrome' && d.path === 'manifest.json' && d.kind === 'different'),
    )
    const problems = differences.map(describeDifference)
    const manifest = readJson(join(dir, 'manifest.json'))
    if (target === 'chrome') {
      if ('key' in manifest) problems.push('the manifest still has `key`')
      const { key: _key, ...built } = readJson(join(distDir, 'manifest.json'))
      if (JSON.stringify(manifest) !== JSON.stringify(built)) {
        problems.push('the manifest differs from the build by more than `key`')
      }
    } else if (!hasGeckoId(manifest)) {
      problems.push('the manifest has no browser_specific_settings.gecko.id')
    }
    return { files: inZip.size, problems }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

function hasGeckoId(manifest: Record<string, unknown>): boolean {
  const settings = manifest.browser_specific_settings
  if (typeof settings !== 'object' || settings === null || !('gecko' in settings)) return false
  const { gecko } = settings
  return (
    typeof gecko === 'object' && gecko !== null && 'id' in gecko && typeof gecko.id === 'string'
  )
}

export function describeDifference({ path, kind }: TreeDifference): string {
  const what = { missing: 'missing', extra: 'not in the build', different: 'different bytes' }
  return `${path}: ${what[kind]}`
}
