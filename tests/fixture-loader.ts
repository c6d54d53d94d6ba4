/** Loads the fixtures in tests/fixtures/<family>--<slug>/ for the harness and the demo. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FixtureExpectation } from './fixture-spec.ts'

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures')

export interface Fixture {
  name: string
  family: string
  expected: FixtureExpectation
  /** The page's HTML: read from page.html, or made by build.ts for pages too big to commit. */
  html(): Promise<string>
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('--'))
    .map((d) => {
      const dir = join(FIXTURES_DIR, d.name)
      const expected = JSON.parse(
        readFileSync(join(dir, 'expected.json'), 'utf8'),
      ) as FixtureExpectation
      return {
        name: d.name,
        family: d.name.split('--')[0] ?? d.name,
        expected,
        async html() {
          const page = join(dir, 'page.html')
          if (existsSync(page)) return readFileSync(page, 'utf8')
          const mod = (await import(pathToFileURL(join(dir, 'build.ts')).href)) as {
            default: () => string
          }
          return mod.default()
        },
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
