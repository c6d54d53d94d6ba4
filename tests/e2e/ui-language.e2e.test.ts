/**
 * The UI follows the browser's language, in real Chromium started in German and in Arabic: the
 * options page, the popup, the reader tab and the in-page reader take their language and
 * direction from the browser, and dates are written the browser's way.
 *
 * How Chromium is put in a language: on Linux it reads `LANGUAGE` (like other programs), not
 * `--lang` (passed as well, for what it is worth elsewhere), and only for a language whose pack
 * is installed (Debian's chromium-l10n, installed by scripts/setup.sh); without one it runs in
 * en-US. The first test of each language checks that the browser really runs in it.
 *
 * Until a language has a catalog the browser shows the English messages, yet its `@@bidi_dir`
 * follows the UI language ("rtl" in Arabic, checked below). The pages must then say what they
 * show, English left to right, not mark English as Arabic. Once a catalog exists, the same test
 * expects the language itself, its direction and its words.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOCALES } from '../../src/i18n/catalog/locales.ts'
import { ROOT_CLASS } from '../../src/in-page/shadow-css.ts'
import { trackPages } from './harness/artifacts.ts'
import {
  addSiteInOptions,
  openOptions,
  waitForInPageReader,
  withGrantedHosts,
} from './harness/auto-mode.ts'
import {
  type Chromium,
  clickToolbar,
  isReader,
  launchChromium,
  openTab,
  settledState,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { IN_PAGE_HOST } from './harness/story.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'

const LANGUAGES = [
  { lang: 'de', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const

let server: FixtureServer

beforeAll(async () => {
  server = await startFixtureServer()
})

afterAll(async () => {
  await server?.close()
})

interface Shown {
  lang: string
  dir: string
}

/** The root element's language and direction. */
const rootLanguage = (page: Page): Promise<Shown> =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

for (const { lang, dir } of LANGUAGES) {
  describe(`Chromium in ${lang}`, () => {
    // What the pages should say they are in: the language if it has a catalog, else English.
    const catalog = LOCALES[lang]
    const expected: Shown = catalog ? { lang, dir } : { lang: 'en', dir: 'ltr' }
    const words = catalog ?? LOCALES.en ?? {}

    // dnyuz.com granted, as a user would in the prompt, for the in-page reader.
    const build = withGrantedHosts(['dnyuz.com'])
    let chromium: Chromium | undefined
    const pages = trackPages(import.meta.filename, () => chromium?.browser)

    beforeAll(async () => {
      chromium = await launchChromium({
        server,
        extensionPath: build.path,
        args: [`--lang=${lang}`],
        env: { LANGUAGE: lang },
      })
    })

    afterAll(async () => {
      await chromium?.close()
      build.remove()
    })

    it(`the browser runs in ${lang}; its @@bidi_dir says ${dir} with or without a catalog`, async () => {
      const page = pages.track(await openOptions(chromium!), 'options')
      const browserSays = await page.evaluate(() => {
        const { i18n } = (
          globalThis as unknown as {
            chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } }
          }
        ).chrome
        return { lang: i18n.getUILanguage(), dir: i18n.getMessage('@@bidi_dir') }
      })
      expect(
        browserSays,
        'Chromium did not start in this language: are its language packs (chromium-l10n) installed? Run scripts/setup.sh',
      ).toEqual({ lang, dir })
    })

    it('the options page is in the language it shows, with its words', async () => {
      const page = pages.track(await openOptions(chromium!), 'options')
      expect(await rootLanguage(page)).toEqual(expected)
      expect(await page.$eval('h1', (e) => e.textContent)).toBe(words.optionsTitle)
      expect(await page.title()).toBe(words.optionsTitle)
    })

    it('the popup and the reader tab too, and dates are the browser’s', async () => {
      const { url } = server.fixture(STORY).expected
      const tab = pages.track(await openTab(chromium!, url), 'page')
      const popup = pages.track(await clickToolbar(chromium!, tab), 'popup')
      expect(await settledState(popup, 'popup')).toBe('article')
      expect(await rootLanguage(popup)).toEqual(expected)

      const opened = chromium!.browser.waitForTarget(isReader, { timeout: 10_000 })
      await popup.click('[data-testid=action-open-reader]')
      const reader = pages.track((await (await opened).asPage())!, 'reader')
      expect(await settledState(reader, 'reader')).toBe('article')
      expect(await rootLanguage(reader)).toEqual(expected)
      expect(await reader.$eval('[data-testid=print]', (e) => e.textContent)).toBe(
        words.readerPrint,
      )
      // The story keeps its own language, whatever the UI's.
      expect(await reader.$eval('[data-testid=story]', (e) => e.getAttribute('lang'))).toBe('en-US')

      // The date as the browser writes it in its language, which is not how English does.
      const date = await reader.$eval('[data-testid=story-date]', (e) => {
        const iso = e.getAttribute('datetime') ?? ''
        const format = (locale: string) =>
          new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso))
        const ui = (
          globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
        ).chrome.i18n.getUILanguage()
        return { shown: e.textContent, browsers: format(ui), english: format('en') }
      })
      expect(date.shown).toBe(date.browsers)
      expect(date.shown).not.toBe(date.english)
    })

    it('the in-page reader’s own words are in the UI’s language, the story in its own', async () => {
      const options = pages.track(await openOptions(chromium!), 'options')
      await addSiteInOptions(options, 'dnyuz.com')
      const page = pages.track(await openTab(chromium!, server.fixture(STORY).expected.url), 'page')
      await waitForInPageReader(page)
      const shown = await page.evaluate(
        (host: string, rootClass: string) => {
          const shadow = document.querySelector(host)?.shadowRoot
          const root = shadow?.querySelector<HTMLElement>(`.${rootClass}`)
          const story = shadow?.querySelector<HTMLElement>('[data-testid=story]')
          return {
            ui: { lang: root?.lang ?? '', dir: root?.dir ?? '' },
            story: story?.getAttribute('lang') ?? null,
            page: document.documentElement.lang,
          }
        },
        IN_PAGE_HOST,
        ROOT_CLASS,
      )
      expect(shown.ui).toEqual(expected)
      expect(shown.story).toBe(shown.page)
    })
  })
}
