/**
 * Auto reader mode in Chromium, through the product's own path: a site turned on in the options
 * page is registered for a content script, its story pages open in the in-page reader as they
 * load, "Show original page" gives back the untouched page, home pages are left alone, removing
 * the site stops it, rules survive a restart, and a bad import changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ElementHandle, Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { trackPages } from './harness/artifacts.ts'
import {
  addSiteInOptions,
  badgeBecomes,
  badgeFor,
  clickInPageReader,
  inPageReaderShown,
  listedSites,
  openOptions,
  registeredScripts,
  statusAfter,
  waitForDecision,
  waitForInPageReader,
  withGrantedHosts,
} from './harness/auto-mode.ts'
import {
  type Chromium,
  clickToolbar,
  launchChromium,
  openTab,
  settledState,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { expectStoryAsExpected, IN_PAGE_HOST, readShownStory } from './harness/story.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
const OTHER_STORY = 'jnews--dnyuz-pasadena-bookstore-bank'
const HOME = 'home--dnyuz-front-page'

let server: FixtureServer
let chromium: Chromium | undefined
const build = withGrantedHosts(['dnyuz.com'])
const profile = mkdtempSync(join(tmpdir(), 'upstream-auto-profile-'))
const scratch = mkdtempSync(join(tmpdir(), 'upstream-auto-files-'))
const pages = trackPages(import.meta.filename, () => chromium?.browser)

const launch = () => launchChromium({ server, userDataDir: profile, extensionPath: build.path })

/** Raises the patch number of the extension's version in its manifest, as an update would. */
function bumpVersion(dist: string): void {
  const path = join(dist, 'manifest.json')
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string }
  const [major = '0', minor = '0', patch = '0'] = manifest.version.split('.')
  manifest.version = `${major}.${minor}.${Number(patch) + 1}`
  writeFileSync(path, JSON.stringify(manifest, null, 2))
}

/** The page as the site made it: its whole DOM, serialised. */
const pageDom = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.outerHTML)

/** Opens a URL and waits until auto mode has decided on it. */
async function visit(url: string): Promise<Page> {
  const page = pages.track(await openTab(chromium!, url), 'page')
  await waitForDecision(page)
  return page
}

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launch()
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  build.remove()
  rmSync(profile, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

describe('auto reader mode (Chromium)', () => {
  let untouchedDom = ''

  it('before any site is on, nothing runs on pages and nothing is registered', async () => {
    expect(await registeredScripts(chromium!)).toEqual([])
    const page = pages.track(await openTab(chromium!, server.fixture(STORY).expected.url), 'page')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await page.$(IN_PAGE_HOST)).toBeNull()
    untouchedDom = await pageDom(page)
    expect(untouchedDom).toContain('appeared first on')
  })

  it('adding dnyuz.com in the options page registers the content script for that site only', async () => {
    const options = pages.track(await openOptions(chromium!), 'options')
    expect(await addSiteInOptions(options, 'https://www.dnyuz.com/some/page')).toContain(
      'dnyuz.com: stories open in reader view',
    )
    expect(await listedSites(options)).toEqual(['dnyuz.com'])
    expect(await registeredScripts(chromium!)).toEqual([
      {
        id: 'upstream-auto-reader',
        matches: ['*://*.dnyuz.com/*', '*://dnyuz.com/*'],
        runAt: 'document_start',
      },
    ])
  })

  it('a dnyuz story opens in the in-page reader with the clean story and its sources', async () => {
    const { expected } = server.fixture(STORY)
    const page = await visit(expected.url)
    await waitForInPageReader(page)
    expectStoryAsExpected(await readShownStory(page, 'in-page-reader'), expected)
    expect(await badgeBecomes(chromium!, expected.url, 'copy')).toBe('copy')
  })

  it('"Show original page" restores the page exactly; the choice holds until reload', async () => {
    const page = await visit(server.fixture(STORY).expected.url)
    await waitForInPageReader(page)
    await clickInPageReader(page, 'show-original')
    expect(await page.$(IN_PAGE_HOST)).toBeNull()
    expect(await pageDom(page)).toBe(untouchedDom)
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(await inPageReaderShown(page)).toBe(false)
    await page.reload({ waitUntil: 'load' })
    await waitForInPageReader(page)
  })

  it('Escape closes the reader too', async () => {
    const page = await visit(server.fixture(OTHER_STORY).expected.url)
    await waitForInPageReader(page)
    await page.keyboard.press('Escape')
    expect(await page.$(IN_PAGE_HOST)).toBeNull()
  })

  it('back and forward between two stories show each in the reader', async () => {
    const page = await visit(server.fixture(STORY).expected.url)
    await waitForInPageReader(page)
    await page.goto(server.fixture(OTHER_STORY).expected.url, { waitUntil: 'load' })
    await waitForInPageReader(page)
    await page.goBack({ waitUntil: 'load' })
    await waitForInPageReader(page)
    const shown = await readShownStory(page, 'in-page-reader')
    expect(shown.title).toBe(server.fixture(STORY).expected.title)
    await page.goForward({ waitUntil: 'load' })
    await waitForInPageReader(page)
    expect((await readShownStory(page, 'in-page-reader')).title).toBe(
      server.fixture(OTHER_STORY).expected.title,
    )
  })

  it('the dnyuz home page is left alone', async () => {
    const page = await visit(server.fixture(HOME).expected.url)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(await page.$(IN_PAGE_HOST)).toBeNull()
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe(
      'visible',
    )
  })

  it("the page's CSS does not reach the reader, and the reader's does not stay on the page", async () => {
    const { expected } = server.fixture(STORY)
    const page = pages.track(await chromium!.browser.newPage(), 'page')
    // The page's own stylesheet, at its most aggressive.
    const hostile =
      '<style>* { color: rgb(255, 0, 0) !important; font-size: 40px !important }</style>'
    const html = (await server.fixture(STORY).html()).replace('</head>', `${hostile}</head>`)
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      if (request.url() !== expected.url) return void request.continue()
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    })
    await page.goto(expected.url, { waitUntil: 'load' })
    await waitForInPageReader(page)
    const inReader = await page.evaluate((host: string) => {
      const p = document
        .querySelector(host)
        ?.shadowRoot?.querySelector('[data-testid=story-body] p')
      const style = p ? getComputedStyle(p) : null
      return { color: style?.color, fontSize: style?.fontSize }
    }, IN_PAGE_HOST)
    expect(inReader.color).not.toBe('rgb(255, 0, 0)')
    expect(inReader.fontSize).not.toBe('40px')

    const pageLook = () =>
      page.evaluate(() => {
        const p = document.querySelector('p')
        const style = p ? getComputedStyle(p) : null
        return {
          color: style?.color,
          fontFamily: style?.fontFamily,
          overflow: getComputedStyle(document.documentElement).overflow,
          sheets: document.styleSheets.length,
        }
      })
    await clickInPageReader(page, 'show-original')
    const after = await pageLook()
    expect(after.color).toBe('rgb(255, 0, 0)')
    await page.reload({ waitUntil: 'load' })
    await waitForInPageReader(page)
    await page.keyboard.press('Escape')
    expect(await pageLook()).toEqual(after)
  })

  it('a malformed rules import is rejected with a clear message and nothing is lost', async () => {
    const options = pages.track(await openOptions(chromium!), 'options')
    const bad = join(scratch, 'not-rules.json')
    writeFileSync(bad, JSON.stringify({ format: 'something-else', rules: 'all of them' }))
    const input = (await options.$('[data-testid=import-rules]')) as ElementHandle<HTMLInputElement>
    const status = await statusAfter(options, async () => {
      await input.uploadFile(bad)
    })
    // The first thing wrong, named where the file has it.
    expect(status).toBe(
      t('rulesImportNotRulesBecause', { problem: t('rulesIssueValue', { where: 'format' }) }),
    )
    expect(await listedSites(options)).toEqual(['dnyuz.com'])
    expect((await registeredScripts(chromium!)).map((s) => s.id)).toEqual(['upstream-auto-reader'])
  })

  it('rules and registrations survive a browser restart', async () => {
    await chromium!.close()
    chromium = await launch()
    const options = pages.track(await openOptions(chromium), 'options')
    expect(await listedSites(options)).toEqual(['dnyuz.com'])
    expect((await registeredScripts(chromium)).map((s) => s.id)).toEqual(['upstream-auto-reader'])
    const page = await visit(server.fixture(STORY).expected.url)
    await waitForInPageReader(page)
  })

  it('rules and registrations survive an extension update', async () => {
    // The same profile, the extension at the same path with a newer version: Chromium updates it
    // (onInstalled, reason "update") as the store would.
    await chromium!.close()
    bumpVersion(build.path)
    chromium = await launch()
    const options = pages.track(await openOptions(chromium), 'options')
    expect(await listedSites(options)).toEqual(['dnyuz.com'])
    expect((await registeredScripts(chromium)).map((s) => s.id)).toEqual(['upstream-auto-reader'])
    const page = await visit(server.fixture(STORY).expected.url)
    await waitForInPageReader(page)
  })

  it('removing the site unregisters the script: the next load is untouched', async () => {
    const options = pages.track(await openOptions(chromium!), 'options')
    expect(await statusAfter(options, () => options.click('[data-testid=rule-remove]'))).toBe(
      t('rulesSiteRemoved', { site: 'dnyuz.com' }),
    )
    expect(await listedSites(options)).toEqual([])
    expect(await registeredScripts(chromium!)).toEqual([])
    const page = pages.track(await openTab(chromium!, server.fixture(STORY).expected.url), 'page')
    await new Promise((resolve) => setTimeout(resolve, 700))
    expect(await page.$(IN_PAGE_HOST)).toBeNull()
    expect(await pageDom(page)).toBe(untouchedDom)
  })

  it('the popup\'s "Always open dnyuz.com in reader view" turns the site on', async () => {
    const tab = pages.track(await openTab(chromium!, server.fixture(STORY).expected.url), 'page')
    const popup = pages.track(await clickToolbar(chromium!, tab), 'popup')
    expect(await settledState(popup, 'popup')).toBe('article')
    // "Always open" lives in the popup's "More" menu.
    await popup.click('[data-testid=action-more]')
    await popup.click('[data-testid=always-open-button]')
    await popup.waitForFunction(() =>
      document.querySelector('[data-testid=action-status]')?.textContent?.includes('from now on'),
    )
    await popup.click('[data-testid=action-more]')
    await popup.waitForSelector('[data-testid=open-options]')
    expect(await popup.$eval('[data-testid=open-options]', (e) => e.textContent)).toContain(
      'dnyuz.com opens in reader view',
    )
    expect((await registeredScripts(chromium!)).map((s) => s.id)).toEqual(['upstream-auto-reader'])
    const page = await visit(server.fixture(OTHER_STORY).expected.url)
    await waitForInPageReader(page)
  })
})

describe('detect aggregator copies on every site (opt-in)', () => {
  // A second browser whose build pre-grants every site, as a user would in the prompt.
  const everywhere = withGrantedHosts([], undefined, ['http://*/*', 'https://*/*'])
  let browser: Chromium | undefined
  const tracked = trackPages(import.meta.filename, () => browser?.browser)

  afterAll(async () => {
    await browser?.close()
    everywhere.remove()
  })

  it('switched on, it badges copies on any site and leaves every page as it is', async () => {
    browser = await launchChromium({ server, extensionPath: everywhere.path })
    const options = tracked.track(await openOptions(browser), 'options')
    expect(await statusAfter(options, () => options.click('[data-testid=detect-everywhere]'))).toBe(
      t('rulesEverywhereOn'),
    )
    expect((await registeredScripts(browser)).map((s) => s.id)).toEqual(['upstream-auto-detect'])

    const copy = server.fixture('msn--venice-flood-barriers-lower-threshold').expected.url
    const copyPage = tracked.track(await openTab(browser, copy), 'copy')
    await waitForDecision(copyPage)
    expect(await badgeBecomes(browser, copy, 'copy')).toBe('copy')
    expect(await copyPage.$(IN_PAGE_HOST)).toBeNull()

    const original = server.fixture('original--cedarvalleycourier-grain-elevator-fire').expected.url
    const originalPage = tracked.track(await openTab(browser, original), 'original')
    await waitForDecision(originalPage)
    expect(await badgeFor(browser, original)).toBe('')

    expect(await statusAfter(options, () => options.click('[data-testid=detect-everywhere]'))).toBe(
      t('rulesEverywhereOff'),
    )
    expect(await registeredScripts(browser)).toEqual([])
  })
})
