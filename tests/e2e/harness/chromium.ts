/**
 * Headless Debian Chromium with the built extension, driven by puppeteer-core over a pipe
 * (puppeteer reaches the real toolbar popup; Playwright does not list it).
 *
 * Flags: `--no-sandbox` (we run as root), `--ignore-certificate-errors` (the fixture server's
 * self-signed certificate), and host-resolver rules that send every fixture host to the loopback
 * fixture server and every other name to ~NOTFOUND, so the browser's own background traffic
 * (accounts, updates) never leaves the machine either.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core'
import type { FixtureServer } from './fixture-server.ts'
import {
  CHROME_EXTENSION_ID,
  CHROMIUM_PATH,
  DIST_CHROME,
  POPUP_PATH,
  READER_PATH,
} from './paths.ts'

export const EXTENSION_ORIGIN = `chrome-extension://${CHROME_EXTENSION_ID}`
export const VIEWPORT = { width: 1200, height: 900 }

export interface ChromiumOptions {
  server: FixtureServer
  /** Reuse a profile (to test what survives a restart); a fresh temp profile otherwise. */
  userDataDir?: string
  /** false opens a window (needs a DISPLAY). */
  headless?: boolean
  extensionPath?: string
  args?: string[]
  /**
   * Added to the browser's environment. On Linux, Chromium takes its UI language from
   * `LANGUAGE` (and LC_ALL, LC_MESSAGES, LANG), not from `--lang`, and only for a language
   * whose pack is installed (Debian's chromium-l10n); otherwise it runs in en-US.
   */
  env?: Record<string, string>
}

export interface Chromium {
  browser: Browser
  extension: Extension
  userDataDir: string
  /** Closes the browser; removes the profile unless it was passed in. */
  close(): Promise<void>
}

export async function launchChromium(options: ChromiumOptions): Promise<Chromium> {
  const ownProfile = options.userDataDir === undefined
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'upstream-chromium-'))
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [options.extensionPath ?? DIST_CHROME],
    userDataDir,
    // Keep each page's own size: a default viewport would also be forced onto the popup.
    defaultViewport: null,
    acceptInsecureCerts: true,
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    args: [
      '--no-sandbox',
      `--host-resolver-rules=${options.server.hostResolverRules()}`,
      '--ignore-certificate-errors',
      '--no-first-run',
      '--disable-sync',
      `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
      ...(options.args ?? []),
    ],
  })
  try {
    await browser.waitForTarget(isServiceWorker, { timeout: 15_000 })
    const extension = (await browser.extensions()).get(CHROME_EXTENSION_ID)
    if (!extension) throw new Error(`Extension ${CHROME_EXTENSION_ID} is not loaded`)
    return {
      browser,
      extension,
      userDataDir,
      async close() {
        await browser.close().catch(() => undefined)
        if (ownProfile) rmSync(userDataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await browser.close().catch(() => undefined)
    throw error
  }
}

function isServiceWorker(t: Target): boolean {
  return t.type() === 'service_worker' && t.url().startsWith(`${EXTENSION_ORIGIN}/`)
}

const isPopup = (t: Target): boolean => t.url() === `${EXTENSION_ORIGIN}${POPUP_PATH}`
export const isReader = (t: Target): boolean =>
  t.url().startsWith(`${EXTENSION_ORIGIN}${READER_PATH}`)

/** A new tab showing `url` (a fixture's real address, chrome://version …), loaded. */
export async function openTab(chromium: Chromium, url: string): Promise<Page> {
  const page = await chromium.browser.newPage()
  await page.setViewport(VIEWPORT)
  await page.goto(url, { waitUntil: 'load' })
  return page
}

/**
 * The real toolbar click: CDP Extensions.triggerAction on the tab, which grants activeTab and
 * opens the extension's popup. Returns the popup page.
 */
export async function clickToolbar(chromium: Chromium, tab: Page): Promise<Page> {
  const { browser, extension } = chromium
  await tab.bringToFront()
  const before = new Set(browser.targets().filter(isPopup))
  const opened = browser.waitForTarget((t) => isPopup(t) && !before.has(t), { timeout: 10_000 })
  await tab.triggerExtensionAction(extension)
  const popup = await (await opened).asPage()
  if (!popup) throw new Error('The popup target has no page')
  return popup
}

/**
 * Waits until the popup or reader (`testId`) leaves its loading state, and for a story until
 * all of it is in the page (the popup shows its first screen first: SanitizedHtml); returns the
 * state (article | no-article | restricted | error). `wholeStory: false` does not wait for the
 * rest of the story (benchmarks that also time builds from before it was marked).
 */
export async function settledState(
  page: Page,
  testId: 'popup' | 'reader',
  { wholeStory = true }: { wholeStory?: boolean } = {},
): Promise<string> {
  const sel = `[data-testid=${testId}]`
  await page.waitForFunction(
    (s: string, whole: boolean) => {
      const state = document.querySelector<HTMLElement>(s)?.dataset.state
      if (state === 'article' && whole) {
        return document.querySelector('[data-testid=story-body][data-complete]') !== null
      }
      return state !== undefined && state !== 'loading'
    },
    { timeout: 25_000 },
    sel,
    wholeStory,
  )
  return page.$eval(sel, (e) => (e as HTMLElement).dataset.state ?? '')
}

/**
 * Runs `fn(...args)` in the extension's service worker and returns its (JSON) result. Each call
 * attaches a CDP session of its own and detaches afterwards: while a session stays attached
 * (puppeteer's `target.worker()` keeps one), Chromium refuses to stop the worker, and a handle
 * kept across a restart would point at the stopped worker.
 */
export async function evaluateInServiceWorker<A extends unknown[], R>(
  chromium: Chromium,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  const target = await chromium.browser.waitForTarget(isServiceWorker, { timeout: 10_000 })
  const session = await target.createCDPSession()
  try {
    // Right after launch, a worker can be reached before its extension APIs are bound
    // (`chrome` is briefly undefined): wait for them.
    for (let tries = 0; ; tries++) {
      const { result } = await session.send('Runtime.evaluate', {
        expression: 'Boolean(globalThis.chrome?.runtime?.id)',
        returnByValue: true,
      })
      if (result.value === true) break
      if (tries > 200) throw new Error('The service worker never got its extension APIs')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      // The __name shim: see shimEsbuildNames.
      expression: `globalThis.__name ??= (f) => f; (${fn.toString()})(...${JSON.stringify(args)})`,
      awaitPromise: true,
      returnByValue: true,
    })
    if (exceptionDetails) {
      throw new Error(
        `In the service worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      )
    }
    return result.value as R
  } finally {
    await session.detach().catch(() => undefined)
  }
}

/** Stops every service worker (CDP ServiceWorker.stopAllWorkers); resolves once ours is gone. */
export async function stopServiceWorkers(chromium: Chromium, anyPage: Page): Promise<void> {
  const session = await anyPage.createCDPSession()
  try {
    await session.send('ServiceWorker.enable')
    await session.send('ServiceWorker.stopAllWorkers')
  } finally {
    await session.detach().catch(() => undefined)
  }
  const deadline = Date.now() + 10_000
  while (isServiceWorkerRunning(chromium)) {
    if (Date.now() > deadline) throw new Error('The service worker did not stop')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Wakes a stopped worker the way the browser would on an event: a runtime message from one of
 * the extension's pages (a no-op the worker ignores). Resolves when it runs again.
 */
export async function wakeServiceWorker(chromium: Chromium, extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(async () => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } }
      }
    ).chrome.runtime
    await runtime.sendMessage({ type: 'e2e-wake-up' }).catch(() => undefined)
  })
  await chromium.browser.waitForTarget(isServiceWorker, { timeout: 10_000 })
}

export function isServiceWorkerRunning(chromium: Chromium): boolean {
  return chromium.browser.targets().some(isServiceWorker)
}

/** Opens an extension page (reader) as an ordinary tab. */
export async function openExtensionPage(chromium: Chromium, path: string): Promise<Page> {
  return openTab(chromium, `${EXTENSION_ORIGIN}${path}`)
}

/** The shortcut's and the context menu's handlers, exposed by the worker as `upstreamActions`. */
export type TabAction = 'toggleReader' | 'openReaderFor' | 'copyOriginalLink' | 'saveTab'

interface WorkerGlobals {
  chrome: {
    tabs: { query(query: object): Promise<{ id?: number; url?: string; active?: boolean }[]> }
  }
  upstreamActions: Record<TabAction, (tab: unknown) => Promise<void>>
}

/**
 * Runs a tab action in the service worker on the tab showing `tabUrl`, as pressing the shortcut
 * (toggleReader) or choosing the context-menu entry would. Chrome offers no way to press an
 * extension shortcut from a test; call it after a toolbar click granted activeTab.
 */
export async function runTabAction(chromium: Chromium, action: TabAction, tabUrl: string) {
  await evaluateInServiceWorker(
    chromium,
    async (name: TabAction, url: string) => {
      const g = globalThis as unknown as WorkerGlobals
      const tab = (await g.chrome.tabs.query({})).find((t) => t.url === url)
      if (!tab) throw new Error(`No tab shows ${url}`)
      await g.upstreamActions[name](tab)
    },
    action,
    tabUrl,
  )
}

/** The URL of the active tab of the last focused window, as the extension sees it. */
export async function activeTabUrl(chromium: Chromium): Promise<string | undefined> {
  return evaluateInServiceWorker(chromium, async () => {
    const g = globalThis as unknown as WorkerGlobals
    const [tab] = await g.chrome.tabs.query({ active: true, lastFocusedWindow: true })
    return tab?.url
  })
}

/** Resolves when the target is gone (its tab closed). */
export function targetClosed(chromium: Chromium, target: Target): Promise<void> {
  return new Promise((resolve) => {
    const onDestroyed = (t: Target) => {
      if (t !== target) return
      chromium.browser.off('targetdestroyed', onDestroyed)
      resolve()
    }
    chromium.browser.on('targetdestroyed', onDestroyed)
  })
}

/**
 * tsx (esbuild with keepNames) wraps named inner functions in `__name(...)` calls, which then
 * fail inside `page.evaluate` where no `__name` exists. Scripts run by tsx call this on a page
 * before evaluating such functions there; vitest does not need it.
 */
export async function shimEsbuildNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn')
}
