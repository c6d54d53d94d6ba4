/** The store listing in docs/store/ stays true to the manifest and to the stores' rules. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pngSize, STORE_DIR, STORE_SIZE } from '../../scripts/lib/store-screenshots.ts'
import { en } from '../../src/i18n/catalog/en/index.ts'
import { LOCALES } from '../../src/i18n/catalog/locales.ts'
import { ROOT } from '../e2e/harness/paths.ts'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const manifest = JSON.parse(read('manifest.json')) as {
  description: string
  permissions: string[]
  optional_host_permissions: string[]
}

describe('docs/store', () => {
  it('gives the manifest description as the short summary, within Chrome’s 132 characters', () => {
    const summary = /<!-- summary -->\s*([\s\S]*?)\s*<!-- \/summary -->/.exec(
      read('docs/store/listing.md'),
    )?.[1]
    // The manifest names a message; the store shows the default locale's text, and each
    // language's listing the same message in that language.
    const key = /^__MSG_(\w+)__$/.exec(manifest.description)?.[1] ?? ''
    expect(summary?.replace(/\s+/g, ' ')).toBe(en[key as keyof typeof en])
    for (const [lang, catalog] of Object.entries(LOCALES)) {
      expect(catalog[key]?.length, lang).toBeLessThanOrEqual(132)
    }
  })

  it('justifies every permission the manifest asks for', () => {
    const headings = read('docs/store/permissions.md')
      .split('\n')
      .filter((line) => line.startsWith('## '))
    const asked = [...manifest.permissions, ...manifest.optional_host_permissions]
    const missing = asked.filter((p) => !headings.some((h) => h.includes(`\`${p}\``)))
    expect(missing).toEqual([])
  })

  it('has one to five screenshots (Chrome’s limit), each exactly 1280×800', () => {
    const shots = readdirSync(STORE_DIR).filter((name) => name.endsWith('.png'))
    expect(shots.length).toBeGreaterThanOrEqual(1)
    expect(shots.length).toBeLessThanOrEqual(5)
    for (const name of shots) {
      expect({ name, ...pngSize(readFileSync(join(STORE_DIR, name))) }).toEqual({
        name,
        ...STORE_SIZE,
      })
    }
  })
})
