/**
 * axe-core on every extension page a user meets, in every state, as the built extension shows
 * it in real Chromium: the popup (story, details open, More menu open, saved, reading list,
 * no article, can't read, loading, error), the reader tab (every theme, settings open, the
 * keyboard shortcuts open, error), a story from the reading list in the reader (as saved, and
 * deleted) and a link imported without its text, the options page (no sites; a site on, and
 * one that needs access) and the reading-list page. Zero violations of any impact.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ElementHandle, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackPages } from './harness/artifacts.ts'
import {
  addSiteInOptions,
  listedSites,
  OPTIONS_PATH,
  openOptions,
  statusAfter,
  withGrantedHosts,
} from './harness/auto-mode.ts'
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
import { openList, popupFor, saveInPopup } from './harness/reading-list.ts'
import { importPocketLink, openSavedFromList } from './harness/saved-story.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
const HOME = 'home--dnyuz-front-page'
/** Imported from a Pocket export as a link only. */
const LINKED = 'jnews--dnyuz-pasadena-bookstore-bank'
const LINK_TITLE = 'A bookstore in Pasadena (imported from Pocket)'
const LIST_PATH = '/src/list/index.html'

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)
const scratch = mkdtempSync(join(tmpdir(), 'upstream-a11y-'))

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server })
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  rmSync(scratch, { recursive: true, force: true })
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

  it('the keyboard shortcuts, open', async () => {
    await reader.bringToFront()
    await reader.click('[data-testid=shortcuts-open]')
    // Checked once the browser has said which keys are bound: the list is then complete.
    await reader.waitForSelector(
      '[data-testid=shortcuts-dialog][open] [data-testid=shortcut-command]',
    )
    await expectNoViolations(reader, 'reader: shortcuts open')
    await reader.keyboard.press('Escape')
    await reader.waitForSelector('[data-testid=shortcuts-dialog]:not([open])')
  })

  it('an error (the tab it names does not exist)', async () => {
    const page = pages.track(
      await openTab(chromium, `${EXTENSION_ORIGIN}${READER_PATH}?tab=999999`),
      'reader-error',
    )
    expect(await settledState(page, 'reader')).not.toBe('article')
    await expectNoViolations(page, 'reader: error')
  })
})

describe('a story from the reading list, in the reader', () => {
  const track = (name: string) => (page: Page) => pages.track(page, name)

  it('as saved, then deleted', async () => {
    const { expected } = server.fixture(STORY)
    const tab = pages.track(await openTab(chromium, expected.url), 'page')
    await saveInPopup(await popupFor(chromium, tab, track('popup')))
    const list = await openList(chromium, track('list'))
    const { reader, state } = await openSavedFromList(
      chromium,
      list,
      expected.title ?? '',
      track('saved'),
    )
    expect(state).toBe('article')
    await expectNoViolations(reader, 'saved story')

    await reader.bringToFront()
    await reader.click('[data-testid=saved-delete]')
    await reader.waitForSelector('[data-testid=reader][data-state=deleted]')
    await expectNoViolations(reader, 'saved story: deleted')
    await reader.click('[data-testid=saved-undo]')
    await reader.waitForSelector('[data-testid=reader][data-state=article]')
  })

  it('a link imported without its text', async () => {
    const list = await openList(chromium, track('list'))
    const { url } = server.fixture(LINKED).expected
    await importPocketLink(list, join(scratch, 'ril_export.html'), { url, title: LINK_TITLE })
    const { reader, state } = await openSavedFromList(chromium, list, LINK_TITLE, track('link'))
    expect(state).toBe('link-only')
    await expectNoViolations(reader, 'saved link only')
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

describe('the options page with sites listed', () => {
  // A build that grants dnyuz.com, as a user would in the browser's prompt (which a headless
  // test cannot click); msn.com is imported, so it is listed but needs access.
  const granted = withGrantedHosts(['dnyuz.com'])
  let browser: Chromium | undefined
  const tracked = trackPages(import.meta.filename, () => browser?.browser)

  afterAll(async () => {
    await browser?.close()
    granted.remove()
  })

  it('a site on, and an imported one that needs access', async () => {
    browser = await launchChromium({ server, extensionPath: granted.path })
    const options = tracked.track(await openOptions(browser), 'options')
    await addSiteInOptions(options, 'dnyuz.com')
    expect(await listedSites(options)).toEqual(['dnyuz.com'])
    await expectNoViolations(options, 'options: a site on')

    const file = join(scratch, 'upstream-sites.json')
    writeFileSync(
      file,
      JSON.stringify({
        format: 'upstream-auto-reader-rules',
        version: 1,
        rules: [{ site: 'msn.com', enabled: true, addedAt: 1 }],
      }),
    )
    const input = (await options.$('[data-testid=import-rules]')) as ElementHandle<HTMLInputElement>
    await statusAfter(options, () => input.uploadFile(file))
    expect(await listedSites(options)).toEqual(['dnyuz.com', 'msn.com'])
    await options.waitForSelector('[data-site="msn.com"] [data-testid=rule-grant]')
    await expectNoViolations(options, 'options: a site that needs access')
  })
})
