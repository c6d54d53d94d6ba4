/**
 * The source package addons.mozilla.org asks for with an add-on whose code is bundled and
 * minified: the repository's own files, exactly as tracked by git (plus files not yet committed
 * when the caller allows it), with SOURCE-BUILD.md at the top saying how to rebuild the upload
 * from them. Nothing that is made or fetched goes in: no node_modules, dist or artifacts, and
 * nothing from outside the repository.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { type ZipEntry, zip } from './zip.ts'

export interface SourceFile {
  /** Path inside the repository, with forward slashes. */
  path: string
  /** 0o755 for files git tracks as executable, 0o644 otherwise. */
  mode: number
}

/** Folders that hold what the build or the tests make or fetch, never sources. */
const MADE_HERE = ['node_modules/', 'dist/', 'artifacts/', '.scratch/', '.vite/']

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' })
}

/**
 * The repository's files: tracked, and untracked but not ignored (so that a build from the
 * package sees what a build from the work tree sees; a clean tree has none). Deleted files are
 * left out. Sorted, so the same tree always packs to the same bytes.
 */
export function sourceFiles(root: string): SourceFile[] {
  const paths = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(root, path)))
  const outside = paths.filter(
    (path) => path.startsWith('/') || path.split('/').includes('..') || isMadeHere(path),
  )
  if (outside.length > 0) {
    throw new Error(`Not sources, refusing to pack: ${outside.slice(0, 5).join(', ')}`)
  }
  return [...new Set(paths)].sort().map((path) => ({
    path,
    mode: statSync(join(root, path)).mode & 0o111 ? 0o755 : 0o644,
  }))
}

function isMadeHere(path: string): boolean {
  return MADE_HERE.some((folder) => path.startsWith(folder))
}

/** Uncommitted changes or untracked files, as `git status --porcelain` lists them. */
export function uncommittedChanges(root: string): string[] {
  return git(root, ['status', '--porcelain']).split('\n').filter(Boolean)
}

export function packSource(root: string, files: readonly SourceFile[]): Buffer {
  if (!files.some((file) => file.path === 'SOURCE-BUILD.md')) {
    throw new Error('SOURCE-BUILD.md, the build steps for reviewers, is not among the sources')
  }
  const entries = files.map(
    (file): ZipEntry => ({
      name: file.path,
      data: readFileSync(join(root, file.path)),
      mode: file.mode,
    }),
  )
  return zip(entries)
}
