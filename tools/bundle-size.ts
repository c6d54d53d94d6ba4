/**
 * Gzipped size of what each extension context loads at start: the popup, the reader, the
 * options page, the background, the injected extractor, auto mode's content scripts and the
 * in-page reader. Static imports are followed (a shared chunk counts in
 * every entry that loads it); lazy `import()` chunks are listed apart, since they load on demand.
 * Run after a build: npx tsx tools/bundle-size.ts [chrome|firefox]
 */
import { readFileSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { POPUP_MAIN_FILE } from '../src/popup/boot-channel.ts'
import { targetFromEnv } from './manifest.ts'

const dist = join(import.meta.dirname, '..', 'dist', targetFromEnv(process.argv[2]))

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g
const HTML_ASSET = /(?:src|href)="\/?([^"]+\.(?:js|css))"/g

function gz(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
}

/** The file and everything it imports statically, as paths relative to dist. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  if (!file.endsWith('.js')) return seen
  const code = readFileSync(join(dist, file), 'utf8')
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    if (spec) closure(posix.join(posix.dirname(file), spec), seen)
  }
  return seen
}

function lazyChunks(files: Set<string>): Set<string> {
  const lazy = new Set<string>()
  for (const file of files) {
    if (!file.endsWith('.js')) continue
    const code = readFileSync(join(dist, file), 'utf8')
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) {
      if (spec) lazy.add(posix.join(posix.dirname(file), spec))
    }
  }
  return lazy
}

function htmlEntry(page: string): Set<string> {
  const html = readFileSync(join(dist, page), 'utf8')
  const files = new Set<string>()
  for (const [, asset] of html.matchAll(HTML_ASSET)) if (asset) closure(asset, files)
  return files
}

/** Gzipped size of the styles written into a page's HTML (the popup's are inlined). */
function inlineCss(page: string): number {
  const html = readFileSync(join(dist, page), 'utf8')
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('')
  return styles ? gzipSync(styles, { level: 9 }).length : 0
}

const inlineStyles: Record<string, number> = {
  popup: inlineCss('src/popup/index.html'),
  reader: inlineCss('src/reader/index.html'),
}

/** The popup's HTML loads its boot script, which imports the UI bundle at once (boot.ts). */
function popupEntry(): Set<string> {
  return closure(POPUP_MAIN_FILE, htmlEntry('src/popup/index.html'))
}

const entries: Record<string, Set<string>> = {
  popup: popupEntry(),
  reader: htmlEntry('src/reader/index.html'),
  options: htmlEntry('src/options/index.html'),
  background: closure('service-worker-loader.js'),
  extractor: closure('extractor.js'),
  // Auto mode: the registered content scripts, and what they have injected on a story page.
  'auto-reader': closure('auto-reader.js'),
  'auto-detect': closure('auto-detect.js'),
  'in-page-reader': closure('in-page-reader.js'),
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
console.log(`gzip sizes (${relative(process.cwd(), dist)})`)
for (const [name, files] of Object.entries(entries)) {
  const js = [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0)
  const css =
    [...files].filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0) +
    (inlineStyles[name] ?? 0)
  // A lazy chunk costs its own closure minus what the entry already loaded.
  const lazy = [...lazyChunks(files)].map((f) => {
    const extra = [...closure(f)].filter((dep) => !files.has(dep))
    return `${posix.basename(f)} +${kb(extra.reduce((sum, dep) => sum + gz(dep), 0))}`
  })
  const lazyNote = lazy.length > 0 ? `; on demand: ${lazy.join(', ')}` : ''
  console.log(`${name.padEnd(15)} js ${kb(js).padStart(8)}  css ${kb(css).padStart(7)}${lazyNote}`)
}
