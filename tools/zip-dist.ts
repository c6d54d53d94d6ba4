/**
 * Packs dist/<target> into dist/upstream-<target>.zip, the file a store takes, with node's own
 * zlib (no zip dependency). Entries are sorted and dated 1980-01-01 so the same build gives the
 * same bytes. For Chrome the manifest's `key` is left out: it only pins the extension id of
 * unpacked development builds, and the Chrome Web Store rejects uploads that contain it.
 * Run: npx tsx tools/zip-dist.ts chrome|firefox
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { targetFromEnv } from './manifest.ts'

interface Entry {
  name: string
  data: Buffer
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]))
    .sort()
}

// MS-DOS date for 1980-01-01 00:00 (day 1, month 1, year 0).
const DOS_DATE = (1 << 5) | 1
const DOS_TIME = 0

function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflate
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    locals.push(local, nameBytes, packed)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by
    central.writeUInt16LE(20, 6) // version needed
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt16LE(DOS_TIME, 12)
    central.writeUInt16LE(DOS_DATE, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

function storeManifest(data: Buffer): Buffer {
  const { key: _key, ...manifest } = JSON.parse(data.toString('utf8')) as Record<string, unknown>
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
}

const target = targetFromEnv(process.argv[2])
const root = resolve(import.meta.dirname, '..', 'dist')
const dir = join(root, target)
const entries = listFiles(dir).map((file): Entry => {
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
