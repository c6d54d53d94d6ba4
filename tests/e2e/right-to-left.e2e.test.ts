/**
 * The UI in Arabic, right to left, in real Chromium started in Arabic (`--lang=ar`): every
 * extension page sets `<html lang dir>` from the browser, the popup's words, the reader's
 * settings and the options page's headings come from the Arabic catalog, the popup's action row
 * runs right to left, and an English story keeps its own language and direction inside the
 * right-to-left UI.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ar } from '../../src/i18n/catalog/ar/index.ts'
import { trackPages } from './harness/artifacts.ts'
import { OPTIONS_PATH } from './harness/auto-mode.ts'
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

/** An English story (its page says lang="en-US"), republished by dnyuz.com. */
const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
const LIST_PATH = '/src/list/index.html'

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server, env: { LANGUAGE: 'ar' } })
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
})

interface Direction {
  lang: string
  dir: string
}

const pageDirection = (page: Page): Promise<Direction> =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

/** The story element's own `lang`/`dir` attributes, and the direction it is laid out in. */
const storyDirection = (page: Page) =>
  page.$eval('[data-testid=story]', (story) => ({
    lang: story.getAttribute('lang') ?? '',
    dir: story.getAttribute('dir') ?? '',
    computed: getComputedStyle(story).direction,
  }))

function expectArabicPage({ lang, dir }: Direction, where: string): void {
  expect(dir, `${where}: <html dir>`).toBe('rtl')
  expect(lang, `${where}: <html lang>`).toMatch(/^ar\b/)
}

async function popupOnStory(): Promise<Page> {
  const tab = pages.track(await openTab(chromium, server.fixture(STORY).expected.url), 'page')
  const popup = pages.track(await clickToolbar(chromium, tab), 'popup')
  expect(await settledState(popup, 'popup')).toBe('article')
  return popup
}

describe('Chromium in Arabic', () => {
  it('the popup reads right to left in the Arabic catalog’s words; the English story stays left to right', async () => {
    const popup = await popupOnStory()
    expectArabicPage(await pageDirection(popup), 'popup')

    const label = (testId: string) =>
      popup.$eval(`[data-testid=${testId}]`, (e) => e.textContent?.trim())
    expect(await label('action-save')).toBe(ar.saveAction)
    expect(await label('action-open-reader')).toBe(ar.popupOpenReader)
    expect(await label('republished-copy')).toBe(ar.sourceRepublishedCopy)

    expect(await storyDirection(popup)).toEqual({ lang: 'en-US', dir: 'ltr', computed: 'ltr' })

    // The action row in the order it is read: the first action is the right-most.
    const boxes = await popup.$$eval(
      '[data-testid=story-actions] fieldset > :not(legend)',
      (actions) =>
        actions.map((action) => {
          const { left, right } = action.getBoundingClientRect()
          return { id: (action as HTMLElement).dataset.testid ?? action.className, left, right }
        }),
    )
    expect(boxes.map((box) => box.id).slice(0, 2)).toEqual(['action-open-reader', 'save'])
    const [first, second] = boxes
    expect(first?.left, 'the first action lies to the right of the second').toBeGreaterThanOrEqual(
      second?.right ?? Number.POSITIVE_INFINITY,
    )
  })

  it('the reader tab is right to left around the English story, which stays left to right', async () => {
    const popup = await popupOnStory()
    const opened = chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
    await popup.click('[data-testid=action-open-reader]')
    const reader = pages.track((await (await opened).asPage()) as Page, 'reader')
    expect(await settledState(reader, 'reader')).toBe('article')
    expectArabicPage(await pageDirection(reader), 'reader')
    expect(await storyDirection(reader)).toEqual({ lang: 'en-US', dir: 'ltr', computed: 'ltr' })

    // The reading settings, opened as a user opens them, in the Arabic catalog's words.
    await reader.bringToFront()
    await reader.click('[data-testid=reader-settings] summary')
    const settings = await reader.$eval('[data-testid=reader-settings]', (details) => ({
      summary: details.querySelector('summary')?.textContent?.trim(),
      labels: [...details.querySelectorAll('.controls__row > label')].map((l) =>
        l.textContent?.trim(),
      ),
      legend: details.querySelector('legend')?.textContent?.trim(),
      themes: [...details.querySelectorAll('.theme-choice')].map((c) => c.textContent?.trim()),
    }))
    expect(settings).toEqual({
      summary: ar.readerSettings,
      labels: [ar.readerTextSize, ar.readerFont, ar.readerLineWidth, ar.readerLineSpacing],
      legend: ar.readerTheme,
      themes: [ar.readerThemeSystem, ar.readerThemeLight, ar.readerThemeDark, ar.readerThemeSepia],
    })
  })

  it('the options page is right to left, its headings in the Arabic catalog’s words', async () => {
    const page = pages.track(
      await openTab(chromium, `${EXTENSION_ORIGIN}${OPTIONS_PATH}`),
      'options',
    )
    await page.waitForSelector('[data-testid=site-input]')
    expectArabicPage(await pageDirection(page), 'options')
    const headings = (level: string) =>
      page.$$eval(level, (hs) => hs.map((h) => h.textContent?.trim()))
    expect(await headings('h1')).toEqual([ar.optionsTitle])
    expect(await headings('h2')).toEqual([
      ar.optionsAutoHeading,
      ar.optionsCatalogueHeading,
      ar.optionsEverywhereHeading,
      ar.optionsBackupHeading,
    ])
  })

  it('the reading-list page is right to left, in the Arabic catalog’s words', async () => {
    const page = pages.track(await openTab(chromium, `${EXTENSION_ORIGIN}${LIST_PATH}`), 'list')
    await page.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
    expectArabicPage(await pageDirection(page), 'list')
    expect(await page.$eval('h1', (h) => h.textContent?.trim())).toBe(ar.listHeading)
    expect(await page.title()).toBe(ar.listPageTitle)
  })
})
