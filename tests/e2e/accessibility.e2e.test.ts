/**
 * axe-core on every extension page a user meets, in every state, as the built extension shows
 * it in real Chromium: the popup (story, details open, More menu open, saved, reading list,
 * no article, can't read, loading, error), the reader tab (every theme, settings open, error),
 * the options page and the reading-list page. Zero violations of any impact.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackPages } from './harness/artifacts.ts'
import { OPTIONS_PATH } from './harness/auto-mode.ts'
import { axeViolations, type Finding } from './harness/axe.ts'
import {
  type Chromium,
  clickToolbar,
  EXTENSION_ORIGIN,
  isReader,
  launchChromium,
  openTab,
  settledState,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { READER_PATH } from './harness/paths.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
const HOME = 'home--dnyuz-front-page'
const LIST_PATH = '/src/list/index.html'

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server })
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
})

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const found: Finding[] = await axeViolations(page)
  expect(found, where).toEqual([])
}

async function popupOn(url: string): Promise<Page> {
  const tab = pages.track(await openTab(chromium, url), 'page')
  return pages.track(await clickToolbar(chromium, tab), 'popup')
}

describe('popup', () => {
  it('a story, then its details, its More menu, saved, and the reading list', async () => {
    const popup = await popupOn(server.fixture(STORY).expected.url)
    expect(await settledState(popup, 'popup')).toBe('article')
    await expectNoViolations(popup, 'popup: story')

    await popup.click('[data-testid=source-details-toggle]')
    await popup.waitForSelector('[data-testid=source-details]')
    await expectNoViolations(popup, 'popup: details open')

    await popup.click('[data-testid=action-more]')
    await popup.waitForSelector('[data-testid=action-copy-markdown]')
    await expectNoViolations(popup, 'popup: More menu open')
    await popup.keyboard.press('Escape')

    await popup.click('[data-testid=action-save]')
    await popup.waitForSelector('[data-testid=save-list-link]')
    await expectNoViolations(popup, 'popup: saved')

    await popup.click('[data-testid=tab-list]')
    await popup.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
    await expectNoViolations(popup, 'popup: reading list')
  })

  it('no article (a home page)', async () => {
    const popup = await popupOn(server.fixture(HOME).expected.url)
    expect(await settledState(popup, 'popup')).toBe('no-article')
    await expectNoViolations(popup, 'popup: no article')
  })

  it('a page Upstream may not read', async () => {
    const popup = await popupOn('chrome://version/')
    expect(await settledState(popup, 'popup')).toBe('restricted')
    await expectNoViolations(popup, 'popup: restricted')
  })

  // A page stuck in an alert() cannot answer the extractor: the popup shows its loading state,
  // then, when it stops waiting, its error state with a retry.
  it('loading, then the error when the page cannot answer', async () => {
    const url = 'https://dnyuz.com/2026/01/31/a-page-that-shows-an-alert/'
    const tab = pages.track(await chromium.browser.newPage(), 'alert-page')
    await tab.setRequestInterception(true)
    tab.on('request', (request) => {
      if (request.url() !== url) return void request.continue()
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body:
          '<!doctype html><html lang="en"><title>Alert</title><h1>A page</h1>' +
          '<script>addEventListener("load", () => setTimeout(() => alert("Hello"), 100))</script>',
      })
    })
    const alerted = new Promise((resolve) => tab.once('dialog', resolve))
    await tab.goto(url, { waitUntil: 'load' })
    await alerted
    const popup = pages.track(await clickToolbar(chromium, tab), 'popup')
    await popup.waitForSelector('[data-testid=state-loading] .loading')
    await expectNoViolations(popup, 'popup: loading')
    expect(await settledState(popup, 'popup')).toBe('error')
    await expectNoViolations(popup, 'popup: error')
  })
})

describe('reader tab', () => {
  let reader: Page

  beforeAll(async () => {
    const tab = pages.track(await openTab(chromium, server.fixture(STORY).expected.url), 'page')
    const popup = await clickToolbar(chromium, tab)
    expect(await settledState(popup, 'popup')).toBe('article')
    const opened = chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
    await popup.click('[data-testid=action-open-reader]')
    reader = (await (await opened).asPage())!
    expect(await settledState(reader, 'reader')).toBe('article')
  })

  for (const theme of ['system', 'light', 'dark', 'sepia'] as const) {
    it(`the story in the ${theme} theme, with its settings open`, async () => {
      await reader.click('[data-testid=reader-settings] summary')
      await reader.click(`[data-testid=setting-theme-${theme}]`)
      await reader.waitForFunction(
        (t: string) => (document.documentElement.dataset.theme ?? 'system') === t,
        {},
        theme,
      )
      await expectNoViolations(reader, `reader: ${theme}, settings open`)
      await reader.click('[data-testid=reader-settings] summary')
      await expectNoViolations(reader, `reader: ${theme}`)
    })
  }

  it('an error (the tab it names does not exist)', async () => {
    const page = pages.track(
      await openTab(chromium, `${EXTENSION_ORIGIN}${READER_PATH}?tab=999999`),
      'reader-error',
    )
    expect(await settledState(page, 'reader')).not.toBe('article')
    await expectNoViolations(page, 'reader: error')
  })
})

describe('options and reading-list pages', () => {
  it('the options page', async () => {
    const page = pages.track(
      await openTab(chromium, `${EXTENSION_ORIGIN}${OPTIONS_PATH}`),
      'options',
    )
    await page.waitForSelector('[data-testid=site-input]')
    await expectNoViolations(page, 'options page')
  })

  it('the reading-list page, with a story and a search', async () => {
    const page = pages.track(await openTab(chromium, `${EXTENSION_ORIGIN}${LIST_PATH}`), 'list')
    await page.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
    await expectNoViolations(page, 'list page')
    await page.click('[data-testid=filter-all]')
    await page.type('[data-testid=list-search]', 'zzzz')
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=reading-list]')?.getAttribute('data-query') === 'zzzz',
    )
    await expectNoViolations(page, 'list page: search')
  })
})
