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
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Page } from 'puppeteer-core'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  clickToolbar,
  isReader,
  launchChromium,
  settledState,
  shimEsbuildNames,
  VIEWPORT,
} from '../tests/e2e/harness/chromium.ts'
import { startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { ROOT } from '../tests/e2e/harness/paths.ts'

const DEMO = 'jnews--dnyuz-chile-spaceport-atacama'
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

    const t0 = Date.now()
    const popup = await clickToolbar(chromium, tab)
    const state = await settledState(popup, 'popup')
    const ms = Date.now() - t0
    // The first view as a user sees it, then the details opened to read every link.
    await shot(popup, 'popup')
    const view = await readPopup(popup)
    print(expected.url, view, ms)
    if (state !== 'article') throw new Error(`The popup shows "${state}", not the story`)

    const reader = await openReader(chromium, popup)
    await chooseTheme(reader, 'light')
    await shot(reader, 'reader-light')
    await chooseTheme(reader, 'dark')
    await shot(reader, 'reader-dark')

    console.log('\nScreenshots:')
    for (const path of Object.values(shots)) console.log(`  ${relative(process.cwd(), path)}`)
    if (args.has('--docs')) {
      mkdirSync(DOCS, { recursive: true })
      // The three the README shows; the reader in its light theme.
      const forDocs = { page: 'page', popup: 'popup', 'reader-light': 'reader' }
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
