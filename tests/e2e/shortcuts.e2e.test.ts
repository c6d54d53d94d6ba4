/**
 * Every keyboard shortcut the manifest suggests is bound in a fresh profile, in Chromium and in
 * Firefox, read back from the browser itself (`commands.getAll()`): a suggested key the browser
 * declines is silently left unset ("Not set" in chrome://extensions/shortcuts). Chromium declines
 * any key that is one of its own shortcuts: Alt+Shift+R, the reader's first key, opens
 * Chromium's reading mode, so "Open or close the reader" had no shortcut at all.
 *
 * Both browsers parse every platform's key when they load the add-on (an invalid `mac` key keeps
 * it from loading on Linux too), so these tests also check the other platforms' keys are
 * accepted; only the keys for this machine's platform can be checked for binding.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackPages } from './harness/artifacts.ts'
import { type Chromium, evaluateInServiceWorker, launchChromium } from './harness/chromium.ts'
import { ADDONS, type Firefox, launchFirefox, openExtensionPage } from './harness/firefox.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { DIST_CHROME, DIST_FIREFOX } from './harness/paths.ts'

interface BoundCommand {
  name?: string
  shortcut?: string
}

interface ManifestCommands {
  commands?: Record<string, { suggested_key?: Record<string, string> }>
}

/**
 * The manifest key naming this machine's platform in `suggested_key`. (Linux and Windows report
 * a shortcut spelled as the manifest spells it; macOS would report symbols such as ⌃⇧U.)
 */
const PLATFORM_KEY =
  process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux'

/** Each command the built manifest suggests a key for, with the key this platform should get. */
function suggestedShortcuts(dist: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as ManifestCommands
  const entries = Object.entries(manifest.commands ?? {}).flatMap(([name, command]) => {
    const keys = command.suggested_key ?? {}
    const key = keys[PLATFORM_KEY] ?? keys.default
    return key ? [[name, key] as const] : []
  })
  return Object.fromEntries(entries)
}

/** The bound shortcut of each command named in `wanted` ("" when unbound). */
function boundShortcuts(
  bound: BoundCommand[],
  wanted: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(wanted).map((name) => [
      name,
      bound.find((command) => command.name === name)?.shortcut ?? '',
    ]),
  )
}

let server: FixtureServer

beforeAll(async () => {
  server = await startFixtureServer()
})

afterAll(async () => {
  await server?.close()
})

describe('keyboard shortcuts in a fresh profile', () => {
  let chromium: Chromium | undefined
  let firefox: Firefox | undefined
  const pages = trackPages(import.meta.filename, () => firefox?.browser)

  afterAll(async () => {
    await chromium?.close()
    await firefox?.close()
  })

  it('Chromium binds every suggested shortcut', async () => {
    const suggested = suggestedShortcuts(DIST_CHROME)
    expect(Object.keys(suggested).sort()).toEqual(['save-story', 'toggle-reader'])
    chromium = await launchChromium({ server })
    const bound = await evaluateInServiceWorker(chromium, async () => {
      const commands = (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<BoundCommand[]> } } }
      ).chrome.commands
      return commands.getAll()
    })
    expect(boundShortcuts(bound, suggested)).toEqual(suggested)
  })

  it('Firefox binds every suggested shortcut', async () => {
    const suggested = suggestedShortcuts(DIST_FIREFOX)
    expect(Object.keys(suggested).sort()).toEqual(['save-story', 'toggle-reader'])
    firefox = await launchFirefox(server)
    expect(await firefox.browser.installExtension(DIST_FIREFOX)).toBe(ADDONS.built.id)
    const page = pages.track(
      await openExtensionPage(firefox.browser, ADDONS.built, '/src/options/index.html'),
      'options',
    )
    const bound = await page.evaluate(() => {
      const commands = (
        globalThis as unknown as { browser: { commands: { getAll(): Promise<BoundCommand[]> } } }
      ).browser.commands
      return commands.getAll()
    })
    expect(boundShortcuts(bound, suggested)).toEqual(suggested)
  })
})
