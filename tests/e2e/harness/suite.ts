/**
 * What most real-browser test files share: one fixture server and one Chromium with the built
 * extension for the whole file, closed afterwards, and the pages a test opens tracked so a
 * failing test leaves screenshots (artifacts.ts). Call at the top level of a test file.
 */
import { afterAll, beforeAll } from 'vitest'
import { type PageTracker, trackPages } from './artifacts.ts'
import { type Chromium, type ChromiumOptions, launchChromium } from './chromium.ts'
import { type FixtureServer, startFixtureServer } from './fixture-server.ts'

export interface ChromiumSuite {
  /** The fixture server (from the file's beforeAll on). */
  readonly server: FixtureServer
  /** The browser (from the file's beforeAll on). */
  readonly chromium: Chromium
  readonly pages: PageTracker
}

export function chromiumSuite(
  testFile: string,
  options: Omit<ChromiumOptions, 'server'> = {},
): ChromiumSuite {
  let server: FixtureServer | undefined
  let chromium: Chromium | undefined
  const pages = trackPages(testFile, () => chromium?.browser)

  beforeAll(async () => {
    server = await startFixtureServer()
    chromium = await launchChromium({ ...options, server })
  })

  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is used before the file's beforeAll`)
    return value
  }
  return {
    get server() {
      return started(server, 'fixture server')
    },
    get chromium() {
      return started(chromium, 'browser')
    },
    pages,
  }
}
