/**
 * The reading list in Chromium, with real IndexedDB: saving one story from two aggregator
 * copies gives one entry with both links; search, delete and undo; twenty tabs saving at once;
 * reading offline with the fixture server stopped; everything still there after a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackPages } from './harness/artifacts.ts'
import { withGrantedHosts } from './harness/auto-mode.ts'
import {
  type Chromium,
  EXTENSION_ORIGIN,
  evaluateInServiceWorker,
  launchChromium,
  openTab,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import {
  LIST_PATH,
  openList as openListPage,
  popupFor as popupForTab,
  saveInPopup,
  shownItems,
} from './harness/reading-list.ts'
import { normalize, readShownStory } from './harness/story.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
const OTHER = 'jnews--dnyuz-pasadena-bookstore-bank'
/** A second aggregator's copy of STORY: the same page, served under another site's address. */
const COPY_URL = 'https://www.newsbeat-example.com/world/chile-spaceport-atacama-deal/'

let server: FixtureServer
let chromium: Chromium | undefined
const build = withGrantedHosts(['dnyuz.com'])
const profile = mkdtempSync(join(tmpdir(), 'upstream-list-profile-'))
const pages = trackPages(import.meta.filename, () => chromium?.browser)
const launch = () => launchChromium({ server, userDataDir: profile, extensionPath: build.path })

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launch()
})

afterAll(async () => {
  await chromium?.close()
  await server?.close().catch(() => undefined)
  build.remove()
  rmSync(profile, { recursive: true, force: true })
})

/** Opens the copy: the fixture's page answered for COPY_URL by request interception. */
async function openCopy(): Promise<Page> {
  const html = await server.fixture(STORY).html()
  const page = await chromium!.browser.newPage()
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.url() === COPY_URL) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
    } else void request.continue()
  })
  await page.goto(COPY_URL, { waitUntil: 'load' })
  return pages.track(page, 'copy')
}

async function popupFor(tab: Page): Promise<Page> {
  return popupForTab(chromium!, tab, (popup) => pages.track(popup, 'popup'))
}

async function openList(): Promise<Page> {
  return openListPage(chromium!, (list) => pages.track(list, 'list'))
}

async function search(list: Page, query: string): Promise<string[]> {
  await list.bringToFront()
  await list.click('[data-testid=list-search]', { count: 3 })
  await list.keyboard.press('Backspace')
  await list.type('[data-testid=list-search]', query)
  await list.waitForFunction(
    (q: string) =>
      document.querySelector('[data-testid=reading-list]')?.getAttribute('data-query') === q,
    {},
    query,
  )
  return list.$$eval('[data-testid=item-open]', (items) => items.map((i) => i.textContent ?? ''))
}

describe('reading list (Chromium)', () => {
  const title = () => server.fixture(STORY).expected.title ?? ''

  it('saving one story from two aggregator copies gives one entry listing both links', async () => {
    const first = await popupFor(
      pages.track(await openTab(chromium!, server.fixture(STORY).expected.url), 'page'),
    )
    expect(await first.$eval('[data-testid=action-save]', (e) => e.textContent)).toBe('Save')
    expect(await saveInPopup(first)).toContain('Saved to your reading list')
    // What the user sees: a confirmation, not a greyed-out button, and the way to the list.
    expect(await first.$eval('[data-testid=action-save]', (e) => e.textContent)).toBe('Saved ✓')
    expect(
      await first.$eval('[data-testid=save-list-link]', (a) => (a as HTMLAnchorElement).href),
    ).toBe(`${EXTENSION_ORIGIN}${LIST_PATH}`)
    await first.close()

    const second = await popupFor(await openCopy())
    // The copy is recognised before anything is clicked: the popup says so.
    await second.waitForSelector('[data-testid=action-save][data-saved=true]')
    expect(await second.$eval('[data-testid=action-save]', (e) => e.textContent)).toBe(
      'Already saved',
    )
    expect(await saveInPopup(second)).toContain('this copy’s link was added')
    expect(await second.$eval('[data-testid=action-save]', (e) => e.textContent)).toBe(
      'Already saved',
    )
    await second.close()

    const list = await openList()
    expect(await shownItems(list, 'all')).toEqual([
      { title: title(), copies: '· 2 copies', status: 'unread' },
    ])
  })

  it('search finds the story by a word from its body, not by a word it lacks', async () => {
    const list = await openList()
    const bodyWord = (server.fixture(STORY).expected.paragraphs?.[2] ?? '')
      .split(/\s+/)
      .find((w) => /^[A-Za-z]{8,}$/.test(w))
    expect(bodyWord).toBeTruthy()
    expect(await search(list, bodyWord!)).toEqual([title()])
    expect(await search(list, 'zzyzxwordnotthere')).toEqual([])
  })

  it('delete, then undo, brings the story back', async () => {
    const list = await openList()
    await list.click('[data-testid=item-delete]')
    await list.waitForSelector('[data-testid=undo-toast]')
    await list.waitForSelector('[data-testid=list-empty]')
    await list.click('[data-testid=undo]')
    await list.waitForSelector('[data-testid=list-item]')
    expect((await shownItems(list, 'all')).map((i) => i.title)).toEqual([title()])
  })

  it('twenty tabs saving at once lose nothing: two stories, ten copies each, two entries', async () => {
    const urls = [STORY, OTHER].flatMap((name) =>
      Array.from({ length: 10 }, (_, i) => `${server.fixture(name).expected.url}?copy=${i}`),
    )
    for (const url of urls) pages.track(await openTab(chromium!, url), 'tab')
    // The shortcut's and the menu's save handler, for all twenty tabs at the same moment.
    await evaluateInServiceWorker(
      chromium!,
      async (all: string[]) => {
        const g = globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } }
          upstreamActions: { saveTab(tab: unknown): Promise<void> }
        }
        const tabs = (await g.chrome.tabs.query({})).filter((t) => all.includes(t.url ?? ''))
        if (tabs.length !== all.length)
          throw new Error(`found ${tabs.length} of ${all.length} tabs`)
        await Promise.all(tabs.map((tab) => g.upstreamActions.saveTab(tab)))
      },
      urls,
    )
    const list = await openList()
    const items = await shownItems(list, 'all')
    expect(items.map((i) => i.title).sort()).toEqual(
      [title(), server.fixture(OTHER).expected.title ?? ''].sort(),
    )
    // STORY had two copies already; ten more page addresses make twelve.
    const byTitle = Object.fromEntries(items.map((i) => [i.title, i.copies]))
    expect(byTitle[title()]).toBe('· 12 copies')
    expect(byTitle[server.fixture(OTHER).expected.title ?? '']).toBe('· 10 copies')
  })

  it('reads offline from storage: the fixture server is stopped', async () => {
    await server.close()
    const list = await openList()
    await shownItems(list, 'all')
    const opened = chromium!.browser.waitForTarget((t) => t.url().includes('?saved='))
    const item = await list.$(`[data-testid=list-item] [data-testid=item-open]`)
    const itemTitle = await item!.evaluate((e) => e.textContent)
    await item!.click()
    const reader = pages.track((await (await opened).asPage())!, 'reader')
    await reader.waitForSelector('[data-testid=story-body]')
    const shown = await readShownStory(reader, 'reader')
    expect(shown.title).toBe(itemTitle)
    const expected = [server.fixture(STORY), server.fixture(OTHER)].find(
      (f) => f.expected.title === itemTitle,
    )
    const text = normalize(shown.storyText)
    for (const paragraph of expected?.expected.paragraphs ?? []) {
      expect(text).toContain(normalize(paragraph))
    }
  })

  it('everything is still there after a browser restart', async () => {
    await chromium!.close()
    chromium = await launch()
    const list = await openList()
    expect((await shownItems(list, 'all')).length).toBe(2)
  })
})
