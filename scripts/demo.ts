/**
 * `npm start`: the extension in a real browser on the bundled demo page.
 *
 * Builds dist/chrome if it is missing or older than src/, serves the bundled demo pages (our
 * fixtures) on loopback under their real host names, and opens Chromium with the extension on
 * the dnyuz demo page, then clicks the toolbar button.
 *
 * - With a DISPLAY: a visible window; it waits until you close it.
 * - Without one (or with --headless): headless; prints the headline and source links the popup
 *   shows and writes screenshots of the page, the popup and the reader tab (light and dark) to
 *   artifacts/demo/. With --docs it also copies page, popup and reader (light) to
 *   docs/screenshots/ for the README.
 * - Headless, it also writes the store screenshots, 1280×800, to docs/store/screenshots/
 *   (scripts/lib/store-screenshots.ts): the popup over the page, the reader tab in both themes,
 *   the reading list after saving a few of the demo stories, and the options page. They are
 *   made from whatever the pages look like now, so running the demo again after a redesign
 *   brings them up to date.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Page } from 'puppeteer-core'
import { OPTIONS_PATH } from '../tests/e2e/harness/auto-mode.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  clickToolbar,
  isReader,
  launchChromium,
  openExtensionPage,
  settledState,
  shimEsbuildNames,
  VIEWPORT,
} from '../tests/e2e/harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { ROOT } from '../tests/e2e/harness/paths.ts'
import { saveFixtureStories, saveInPopup } from './lib/demo-saves.ts'
import { placeholderPictures } from './lib/placeholder-pictures.ts'
import { popupOnPage, STORE_DIR, storeShot, storeSizedPng } from './lib/store-screenshots.ts'

const DEMO = 'jnews--dnyuz-chile-spaceport-atacama'
/** Saved besides the demo story, so the reading list in the store screenshot is not empty. */
const MORE_STORIES = [
  'yahoo--house-panel-hospital-parking-fees',
  'msn--rotterdam-barge-floating-offices',
  'newsbreak--great-salt-lake-january-rise',
  'tagdiv--newsbeat-nebraska-grocery-coop',
] as const
const LIST_PATH = '/src/list/index.html'
/** Chromium's and Firefox's largest popup height. */
const POPUP_MAX_HEIGHT = 600
/** A narrow popup window: Firefox's extensions panel, a small screen. */
const NARROW_POPUP_WIDTH = 400
const OUT = join(ROOT, 'artifacts/demo')
const DOCS = join(ROOT, 'docs/screenshots')

const args = new Set(process.argv.slice(2))
const headless = args.has('--headless') || !process.env.DISPLAY

interface PopupView {
  state: string
  title: string | null
  meta: string | null
  republished: boolean
  links: { label: string; text: string; href: string }[]
  paragraphs: string[]
}

async function readPopup(popup: Page): Promise<PopupView> {
  await shimEsbuildNames(popup)
  // The publisher and the page's own address are in the source line's details.
  const toggle = await popup.$('[data-testid=source-details-toggle]')
  if (toggle) {
    await toggle.click()
    await popup.waitForSelector('[data-testid=source-details]')
  }
  return popup.evaluate(() => {
    const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
    const labels: Record<string, string> = {
      'source-original': 'Original',
      'source-publisher': 'Publisher',
      'source-canonical': 'Canonical',
      'source-page': 'This copy',
    }
    return {
      state: q('popup')?.dataset.state ?? '',
      title: q('story-title')?.innerText ?? null,
      meta:
        q('story-meta')
          ?.textContent?.replace(/\s*·\s*/g, ' · ')
          .trim() ?? null,
      republished: q('republished-copy') !== null,
      links: Object.entries(labels).flatMap(([id, label]) => {
        const a = q(id) as HTMLAnchorElement | null
        return a ? [{ label, text: a.innerText, href: a.href }] : []
      }),
      paragraphs: [...document.querySelectorAll<HTMLElement>('[data-testid=story-body] p')].map(
        (p) => p.innerText,
      ),
    }
  })
}

async function openReader(chromium: Chromium, popup: Page): Promise<Page> {
  const opened = chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
  await popup.click('[data-testid=action-open-reader]')
  const reader = await (await opened).asPage()
  if (!reader) throw new Error('The reader tab did not open')
  await reader.setViewport(VIEWPORT)
  await settledState(reader, 'reader')
  return reader
}

/** Picks a theme the way a user does (settings panel), then closes the panel again. */
async function chooseTheme(reader: Page, theme: 'light' | 'dark'): Promise<void> {
  await reader.click('[data-testid=reader-settings] summary')
  await reader.click(`[data-testid=setting-theme-${theme}]`)
  await reader.waitForFunction(
    (t: string) => document.documentElement.dataset.theme === t,
    { timeout: 5_000 },
    theme,
  )
  await reader.click('[data-testid=reader-settings] summary')
}

/**
 * The popup as the browser shows a long story: at its full width and the tallest a browser
 * opens a popup (600 px), scrolled to the top. Headless Chromium opens it shorter.
 */
async function popupAtFullHeight(popup: Page): Promise<Uint8Array> {
  const { width, height } = await popup.evaluate(() => ({
    width: window.innerWidth,
    height: document.documentElement.scrollHeight,
  }))
  const clip = { x: 0, y: 0, width, height: Math.min(height, POPUP_MAX_HEIGHT) }
  return popup.screenshot({ clip, captureBeyondViewport: true })
}

/**
 * The popup's rendered document as static HTML (its styles are inline, its scripts dropped),
 * to show it at a width the headless browser cannot give a popup window: 400 px, as in
 * Firefox's extensions panel or a narrow screen. Same markup, same stylesheet, same media rules.
 */
async function popupAsStaticHtml(popup: Page): Promise<string> {
  const html = await popup.evaluate(() => document.documentElement.outerHTML)
  return `<!doctype html>${html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')}`
}

async function narrowPopupShot(chromium: Chromium, html: string): Promise<string> {
  const page = await chromium.browser.newPage()
  try {
    await page.setViewport({ width: NARROW_POPUP_WIDTH, height: POPUP_MAX_HEIGHT })
    await page.setContent(html, { waitUntil: 'load' })
    const path = join(OUT, 'popup-narrow.png')
    await page.screenshot({ path })
    return path
  } finally {
    await page.close()
  }
}

/** The reading list after saving MORE_STORIES, and the options page, at store size. */
async function storeShotsOfPages(chromium: Chromium, server: FixtureServer): Promise<string[]> {
  await saveFixtureStories(chromium, server, MORE_STORIES)
  const list = await openExtensionPage(chromium, LIST_PATH)
  await list.waitForSelector('[data-testid=list-items]')
  const options = await openExtensionPage(chromium, OPTIONS_PATH)
  await options.waitForSelector('[data-testid=options][data-loaded=true]')
  return [await storeShot(list, '4-reading-list'), await storeShot(options, '5-options')]
}

function print(url: string, view: PopupView, ms: number): void {
  console.log(`Page:       ${url}`)
  console.log(
    `Popup:      ${view.state} after ${ms} ms${view.republished ? ', marked “Republished copy”' : ''}`,
  )
  console.log(`Headline:   ${view.title ?? '(none)'}`)
  if (view.meta) console.log(`Byline:     ${view.meta}`)
  for (const link of view.links) {
    console.log(`${`${link.label}:`.padEnd(12)}${link.text} <${link.href}>`)
  }
  if (view.paragraphs.length > 0) {
    const first = view.paragraphs[0] ?? ''
    console.log(`Story:      ${view.paragraphs.length} paragraphs. ${first.slice(0, 160)}…`)
  }
}

async function main(): Promise<void> {
  if (ensureBuilt(['chrome'])) console.log('Built dist/chrome.')
  const server = await startFixtureServer()
  const chromium = await launchChromium({ server, headless })
  const stop = async () => {
    await chromium.close()
    await server.close()
  }
  try {
    const { expected } = server.fixture(DEMO)
    const [first] = await chromium.browser.pages()
    const tab = first ?? (await chromium.browser.newPage())
    await tab.setViewport(VIEWPORT)
    await placeholderPictures(tab, server)
    await tab.goto(expected.url, { waitUntil: 'load' })
    console.log(
      `Upstream demo: Chromium ${headless ? '(headless)' : '(window)'} with the extension`,
    )

    if (!headless) {
      const t0 = Date.now()
      const popup = await clickToolbar(chromium, tab)
      await settledState(popup, 'popup')
      print(expected.url, await readPopup(popup), Date.now() - t0)
      console.log(
        '\nThe popup is open. Click Upstream’s toolbar button (in the puzzle-piece menu) on any',
      )
      console.log('page to read it again, or press Alt+Shift+U. Close the window to quit.')
      await new Promise<void>((resolve) => chromium.browser.once('disconnected', () => resolve()))
      return
    }

    mkdirSync(OUT, { recursive: true })
    const shots: Record<string, string> = {}
    const shot = async (page: Page, name: string) => {
      const path = join(OUT, `${name}.png`)
      await page.screenshot({ path })
      shots[name] = path
    }
    await shot(tab, 'page')
    const pageAtStoreSize = await storeSizedPng(tab)

    const t0 = Date.now()
    const popup = await clickToolbar(chromium, tab)
    const state = await settledState(popup, 'popup')
    const ms = Date.now() - t0
    // The first view as a user sees it (800 × 600, and in a 400 px wide window), then the
    // details opened to read every link. Laid over the page at the end: opening a page now
    // would close the popup.
    const popupPng = await popupAtFullHeight(popup)
    writeFileSync(join(OUT, 'popup.png'), popupPng)
    shots.popup = join(OUT, 'popup.png')
    const narrowHtml = await popupAsStaticHtml(popup)
    const view = await readPopup(popup)
    print(expected.url, view, ms)
    if (state !== 'article') throw new Error(`The popup shows "${state}", not the story`)
    await saveInPopup(popup)

    const reader = await openReader(chromium, popup)
    shots['popup-narrow'] = await narrowPopupShot(chromium, narrowHtml)
    await chooseTheme(reader, 'light')
    await shot(reader, 'reader-light')
    const storeShots = [await storeShot(reader, '2-reader')]
    await chooseTheme(reader, 'dark')
    await shot(reader, 'reader-dark')
    storeShots.push(await storeShot(reader, '3-reader-dark'))
    // The theme is every extension page's: the list and options pages are shown in light.
    await chooseTheme(reader, 'light')
    storeShots.push(...(await storeShotsOfPages(chromium, server)))
    storeShots.unshift(await popupOnPage(chromium.browser, pageAtStoreSize, popupPng, '1-popup'))

    console.log('\nScreenshots:')
    for (const path of Object.values(shots)) console.log(`  ${relative(process.cwd(), path)}`)
    console.log(`Store screenshots (1280×800), in ${relative(process.cwd(), STORE_DIR)}/:`)
    for (const path of storeShots) console.log(`  ${relative(STORE_DIR, path)}`)
    if (args.has('--docs')) {
      mkdirSync(DOCS, { recursive: true })
      // The three the README shows; the reader in its light theme.
      const forDocs = {
        page: 'page',
        popup: 'popup',
        'popup-narrow': 'popup-narrow',
        'reader-light': 'reader',
      }
      for (const [name, docName] of Object.entries(forDocs)) {
        const path = shots[name]
        if (path) copyFileSync(path, join(DOCS, `${docName}.png`))
      }
      console.log(`Copied to ${relative(process.cwd(), DOCS)}/`)
    }
  } finally {
    await stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
