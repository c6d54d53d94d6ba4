/**
 * Builds the extension when dist/ is missing or older than its sources, so `npm run test:e2e`
 * and the demo never run against a stale build. `npm test` builds first anyway.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DIST_CHROME, DIST_FIREFOX, ROOT } from './paths.ts'

const SOURCES = ['src', 'icons', 'tools', 'manifest.json', 'vite.config.ts', 'package.json']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

function builtAt(dist: string): number {
  const manifest = join(dist, 'manifest.json')
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0
}

/** True when dist/<target> is missing or older than any source file. */
export function isStale(targets: readonly ('chrome' | 'firefox')[]): boolean {
  const sources = Math.max(
    ...SOURCES.map((p) => join(ROOT, p))
      .filter(existsSync)
      .map(newestMtime),
  )
  return targets.some((t) => builtAt(t === 'chrome' ? DIST_CHROME : DIST_FIREFOX) < sources)
}

/** Runs the npm build script for the targets that need it (`build` = both). */
export function ensureBuilt(targets: readonly ('chrome' | 'firefox')[] = ['chrome', 'firefox']) {
  if (!isStale(targets)) return false
  const script = targets.length === 1 ? `build:${targets[0]}` : 'build'
  console.log(`[build] dist is missing or older than its sources: npm run ${script}`)
  execFileSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  return true
}
