/**
 * Packs dist/<target> into dist/upstream-<target>.zip, the file a store takes. Entries are
 * sorted and tools/zip.ts dates them 1980-01-01, so the same build gives the same bytes. For
 * Chrome the manifest's `key` is left out: it only pins the extension id of unpacked
 * development builds, and the Chrome Web Store rejects uploads that contain it.
 * Run: npx tsx tools/zip-dist.ts chrome|firefox
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { targetFromEnv } from './manifest.ts'
import { type ZipEntry, zip } from './zip.ts'

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]))
    .sort()
}

function storeManifest(data: Buffer): Buffer {
  const { key: _key, ...manifest } = JSON.parse(data.toString('utf8')) as Record<string, unknown>
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
}

const target = targetFromEnv(process.argv[2])
const root = resolve(import.meta.dirname, '..', 'dist')
const dir = join(root, target)
const entries = listFiles(dir).map((file): ZipEntry => {
  const name = relative(dir, file).split(sep).join('/')
  const data = readFileSync(file)
  return {
    name,
    data: name === 'manifest.json' && target === 'chrome' ? storeManifest(data) : data,
  }
})
const out = join(root, `upstream-${target}.zip`)
writeFileSync(out, zip(entries))
console.log(`${relative(process.cwd(), out)}: ${entries.length} files`)
