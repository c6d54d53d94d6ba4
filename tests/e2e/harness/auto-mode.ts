/**
 * Auto reader mode in Chromium: a test build whose manifest pre-grants the fixture sites (a user
 * would grant them in the browser's prompt, which a headless test cannot click), the options
 * page, and what auto mode did to a page. Asking for access with nothing pre-granted is tested
 * on the build itself, in permission-prompt*.e2e.test.ts.
 *
 * Only the grant is pre-arranged. Everything else is the product's own path: the options page
 * asks `permissions.request` (which answers "granted" at once for a pre-granted site), saves
 * the rule, and the background registers the content script with
 * `scripting.registerContentScripts`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { type Chromium, EXTENSION_ORIGIN, evaluateInServiceWorker, openTab } from './chromium.ts'
import { DIST_CHROME } from './paths.ts'
import { IN_PAGE_HOST } from './story.ts'

export const OPTIONS_PATH = '/src/options/index.html'

/**
 * A copy of a built extension whose manifest also grants `hosts` (and their subdomains) and any
 * further match `patterns`.
 */
export function withGrantedHosts(
  hosts: string[],
  dist: string = DIST_CHROME,
  patterns: string[] = [],
): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-granted-'))
  cpSync(dist, dir, { recursive: true })
  const manifestPath = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  manifest.host_permissions = [
    ...hosts.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]),
    ...patterns,
  ]
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export async function openOptions(chromium: Chromium): Promise<Page> {
  const page = await openTab(chromium, `${EXTENSION_ORIGIN}${OPTIONS_PATH}`)
  await page.waitForSelector('[data-testid=options][data-loaded=true]')
  return page
}

/** The options page's status line after an action, once the action has reported. */
export async function statusAfter(page: Page, action: () => Promise<void>): Promise<string> {
  const status = '[data-testid=options-status]'
  // Clicks in a background tab wait for a frame that never comes: bring the page forward.
  await page.bringToFront()
  const before = await page.$eval(status, (e) => Number((e as HTMLElement).dataset.results))
  await action()
  await page.waitForFunction(
    (sel: string, n: number) =>
      Number(document.querySelector<HTMLElement>(sel)?.dataset.results) > n,
    {},
    status,
    before,
  )
  return page.$eval(status, (e) => e.textContent ?? '')
}

/** Types a site into the options page and presses "Add site"; returns the status shown. */
export async function addSiteInOptions(page: Page, site: string): Promise<string> {
  return statusAfter(page, async () => {
    await page.click('[data-testid=site-input]', { count: 3 })
    await page.type('[data-testid=site-input]', site)
    await page.click('[data-testid=add-site]')
  })
}

export async function listedSites(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=rule]', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.site ?? ''),
  )
}

export interface Registration {
  id: string
  matches: string[]
  runAt?: string
}

export async function registeredScripts(chromium: Chromium): Promise<Registration[]> {
  return evaluateInServiceWorker(chromium, async () => {
    const g = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<Registration[]> } }
    }
    const scripts = await g.chrome.scripting.getRegisteredContentScripts()
    return scripts.map(({ id, matches, runAt }) => ({ id, matches: [...matches].sort(), runAt }))
  })
}

/** The toolbar badge text for the tab showing `url`. */
export async function badgeFor(chromium: Chromium, url: string): Promise<string> {
  return evaluateInServiceWorker(
    chromium,
    async (pageUrl: string) => {
      const g = globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }
          action: { getBadgeText(d: { tabId: number }): Promise<string> }
        }
      }
      const tab = (await g.chrome.tabs.query({})).find((t) => t.url === pageUrl)
      if (tab?.id === undefined) throw new Error(`No tab shows ${pageUrl}`)
      return g.chrome.action.getBadgeText({ tabId: tab.id })
    },
    url,
  )
}

/** The badge for the tab showing `url`, once it reads `expected` (or what it reads after 5 s). */
export async function badgeBecomes(
  chromium: Chromium,
  url: string,
  expected: string,
): Promise<string> {
  const deadline = Date.now() + 5_000
  for (;;) {
    const text = await badgeFor(chromium, url)
    if (text === expected || Date.now() > deadline) return text
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Waits until auto mode has decided on the page (its User Timing measure is recorded). */
export async function waitForDecision(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('upstream:decide').length > 0, {
    timeout: 15_000,
  })
}

/** Whether the in-page reader is on the page, with its story rendered. */
export async function inPageReaderShown(page: Page): Promise<boolean> {
  return page.evaluate(
    (host: string) =>
      document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=story-body]') != null,
    IN_PAGE_HOST,
  )
}

export async function waitForInPageReader(page: Page): Promise<void> {
  await page.waitForFunction(
    (host: string) =>
      document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=story-body]') != null,
    { timeout: 15_000 },
    IN_PAGE_HOST,
  )
}

/** Clicks a control inside the in-page reader with the real mouse. */
export async function clickInPageReader(page: Page, testId: string): Promise<void> {
  const button = await page.waitForSelector(`${IN_PAGE_HOST} >>> [data-testid=${testId}]`)
  if (!button) throw new Error(`No ${testId} in the in-page reader`)
  await button.click()
}
