/**
 * Headless Firefox ESR with the built add-on, driven by puppeteer-core over WebDriver BiDi
 * (Playwright's BiDi channel does not start on ESR 153).
 *
 * Firefox has no host-resolver rules: the fixture server is its HTTP and HTTPS proxy, answers
 * for the fixture hosts and refuses every other host. The add-on gets a fixed moz-extension UUID
 * through `extensions.webextensions.uuids`, so its pages have a known address.
 *
 * Headless Firefox has no toolbar to click, so nothing grants activeTab. For content tests,
 * `withHostPermissions` makes a copy of dist/firefox whose manifest also asks for
 * `host_permissions: ["<all_urls>"]`, which Firefox grants to a temporary install.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import type { FixtureServer } from './fixture-server.ts'
import { DIST_FIREFOX, FIREFOX_PATH, GECKO_ID } from './paths.ts'

/**
 * The add-ons the tests install, each with a fixed moz-extension UUID. The host-permission copy
 * has an id of its own: Firefox drops an add-on's UUID from the pref when it is uninstalled, so
 * reinstalling under the same id would get a random one.
 */
export const ADDONS = {
  built: { id: GECKO_ID, uuid: '0b3c1d7e-5a44-4f0e-9a51-6c1f4b2d9e10' },
  hostPermissions: {
    id: 'upstream-e2e-hosts@example.org',
    uuid: '5d2a8c61-3f0b-4e7a-8b19-2c6e4f9a7d35',
  },
} as const

export type Addon = (typeof ADDONS)[keyof typeof ADDONS]

export const originOf = (addon: Addon): string => `moz-extension://${addon.uuid}`

export interface Firefox {
  browser: Browser
  close(): Promise<void>
}

/** `prefs` are set on top of the ones every test needs (see below). */
export async function launchFirefox(
  server: FixtureServer,
  prefs: Record<string, string | number | boolean> = {},
): Promise<Firefox> {
  const proxy = { host: '127.0.0.1', port: server.proxyPort }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Without it BiDi refuses to navigate to moz-extension:// ("not allowed in this context").
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify(
        Object.fromEntries(Object.values(ADDONS).map((a) => [a.id, a.uuid])),
      ),
      'network.proxy.type': 1,
      'network.proxy.http': proxy.host,
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': proxy.host,
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      // No DNS-over-HTTPS and no DNS prefetching: names go to the proxy, which knows the fixtures.
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.proxy.socks_remote_dns': true,
      ...prefs,
    },
  })
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined)
    },
  }
}

/**
 * A copy of dist/firefox with `host_permissions: ["<all_urls>"]` under the id
 * ADDONS.hostPermissions.id; call `remove()` when done.
 */
export function withHostPermissions(): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-firefox-'))
  cpSync(DIST_FIREFOX, dir, { recursive: true })
  const manifestPath = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  manifest.host_permissions = ['<all_urls>']
  manifest.browser_specific_settings = {
    gecko: {
      ...(manifest.browser_specific_settings as { gecko: object }).gecko,
      id: ADDONS.hostPermissions.id,
    },
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Opens an extension page in a tab. `goto` never resolves for moz-extension:// URLs under BiDi,
 * so it is fired without waiting and the page is polled until it is ours.
 */
export async function openExtensionPage(
  browser: Browser,
  addon: Addon,
  path: string,
  page?: Page,
): Promise<Page> {
  const tab = page ?? (await browser.newPage())
  const url = `${originOf(addon)}${path}`
  tab.goto(url).catch(() => undefined)
  const deadline = Date.now() + 15_000
  for (;;) {
    const href = await tab.evaluate(() => location.href).catch(() => '')
    if (href === url) {
      await tab.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 })
      return tab
    }
    if (Date.now() > deadline) throw new Error(`${url} did not open (at ${href})`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * The WebExtension tab id of the tab showing `url`, asked from an extension page. An add-on
 * without host permissions does not see other tabs' URLs; then it is the tab just before the
 * extension page, which is where the tests open it.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (u: string) => {
    interface Tab {
      id?: number
      url?: string
      index: number
    }
    const tabs = (
      globalThis as unknown as {
        browser: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } }
      }
    ).browser.tabs
    const all = await tabs.query({ currentWindow: true })
    const byUrl = all.find((t) => t.url === u)
    if (byUrl) return byUrl.id ?? null
    const me = await tabs.getCurrent()
    return all.find((t) => t.index === me.index - 1 && t.url === undefined)?.id ?? null
  }, url)
  if (id === null) throw new Error(`No tab shows ${url}`)
  return id
}
