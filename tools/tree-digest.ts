/** Which files a folder holds and their SHA-256, to tell whether two builds are the same. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Path (forward slashes, relative to `dir`) → SHA-256 of its bytes, sorted by path. */
export function digestTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
  const digests = files.map((file): [string, string] => [
    relative(dir, file).split(sep).join('/'),
    sha256(readFileSync(file)),
  ])
  return new Map(digests.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

export interface TreeDifference {
  path: string
  /** Only in the expected tree, only in the actual one, or in both with other bytes. */
  kind: 'missing' | 'extra' | 'different'
}

export function compareTrees(
  expected: ReadonlyMap<string, string>,
  actual: ReadonlyMap<string, string>,
): TreeDifference[] {
  const differences: TreeDifference[] = []
  for (const [path, digest] of expected) {
    const other = actual.get(path)
    if (other === undefined) differences.push({ path, kind: 'missing' })
    else if (other !== digest) differences.push({ path, kind: 'different' })
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) differences.push({ path, kind: 'extra' })
  }
  return differences
}
