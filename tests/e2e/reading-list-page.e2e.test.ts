/**
 * The reading-list page in Chromium, as a user works it: a list brought in through the page's
 * own import (an Upstream JSON file of invented stories in every status), then search across
 * every status, archive / delete / undo with the keyboard and where focus lands, story titles
 * that are real links (plain, middle and modified clicks; in the popup too), and a UI in the
 * browser's language (every word from the message catalog, dates and numbers in that language,
 * right to left for Arabic).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportJson } from '../../src/library/export/upstream-json.ts'
import { trackPages } from './harness/artifacts.ts'
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
import { type InventedStory, inventedStories } from './harness/list-stories.ts'
import { READER_PATH } from './harness/paths.ts'

const LIST_PATH = '/src/list/index.html'

interface ChromeTabs {
  query(query: { url: string }): Promise<Array<{ active?: boolean }>>
}

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)
const dir = mkdtempSync(join(tmpdir(), 'upstream-list-page-'))

/**
 * Newest first. Two stories hold "lighthouse": one unread, one archived (the one a search
 * under Unread used to miss). Three more unread ones for the keyboard walk.
 */
const STORIES: InventedStory[] = inventedStories([
  ['Harbour pilots ask for a lighthouse keeper', 'unread', 'lighthouse'],
  ['Orchard hives recover after a wet winter', 'unread', 'orchard'],
  ['Cannery reopens its night shift', 'unread', 'cannery'],
  ['Ferry schedule adds a late sailing', 'unread', 'ferry'],
  ['Bridge inspection finds loose rivets', 'read', 'bridge'],
  ['The old lighthouse gets a new lamp', 'archived', 'lighthouse'],
])
const byTitle = (title: string) => {
  const story = STORIES.find((s) => s.article.title.startsWith(title))
  if (!story) throw new Error(`no invented story “${title}”`)
  return story.article
}

/** The id the list gave a story (an import gives every record an id of its own). */
async function idOf(page: Page, title: string): Promise<string> {
  const id = await page.$$eval(
    '[data-testid=list-item]',
    (items, t) =>
      (
        items.find((i) => i.querySelector('[data-testid=item-open]')?.textContent === t) as
          | HTMLElement
          | undefined
      )?.dataset.id ?? '',
    title,
  )
  if (!id) throw new Error(`“${title}” is not shown`)
  return id
}

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server })
  // The list comes in through the page's own import, as a user's would.
  const file = join(dir, 'upstream-reading-list.json')
  writeFileSync(file, exportJson(STORIES, new Date()))
  const list = await openList()
  await importFile(list, file)
  await list.close()
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function openList(page?: Page): Promise<Page> {
  const list = page ?? (await chromium.browser.newPage())
  if (!page) await list.goto(`${EXTENSION_ORIGIN}${LIST_PATH}`, { waitUntil: 'load' })
  await list.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
  return list
}

async function importFile(list: Page, path: string): Promise<string> {
  const input = await list.waitForSelector('input[data-testid=import-library]')
  const before = await list.$eval('[data-testid=backup-status]', (e) => e.textContent ?? '')
  await input!.uploadFile(path)
  await list.waitForFunction(
    (was: string) => {
      const now = document.querySelector('[data-testid=backup-status]')?.textContent ?? ''
      return now !== '' && now !== was
    },
    {},
    before,
  )
  return list.$eval('[data-testid=backup-status]', (e) => e.textContent ?? '')
}

/** Types a query as a user would; resolves once the list shows that query's results. */
async function typeSearch(list: Page, query: string): Promise<void> {
  await list.click('[data-testid=list-search]', { count: 3 })
  await list.keyboard.press('Backspace')
  await list.type('[data-testid=list-search]', query)
  await list.waitForFunction(
    (q: string) =>
      document.querySelector('[data-testid=reading-list]')?.getAttribute('data-query') === q,
    {},
    query,
  )
}

interface Shown {
  title: string
  status: string
  /** The status as the item shows it, if it does. */
  statusText: string
}

function shown(list: Page): Promise<Shown[]> {
  return list.$$eval('[data-testid=list-item]', (items) =>
    items.map((item) => ({
      title: item.querySelector('[data-testid=item-open]')?.textContent ?? '',
      status: (item as HTMLElement).dataset.status ?? '',
      statusText: item.querySelector('[data-testid=item-status]')?.textContent ?? '',
    })),
  )
}

const text = (list: Page, selector: string) =>
  list.$eval(selector, (e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim())

/** What has focus: the item (by title) and the kind of element, or the element's test id. */
function focused(list: Page): Promise<{ item: string | null; testId: string; tag: string }> {
  return list.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    const item = active?.closest('[data-testid=list-item]')
    return {
      item: item?.querySelector('[data-testid=item-open]')?.textContent ?? null,
      testId: active?.dataset.testid ?? '',
      tag: active?.tagName ?? '',
    }
  })
}

/** Moves keyboard focus to `selector` in the item titled `title`, then presses Enter there. */
async function pressInItem(list: Page, title: string, selector: string): Promise<void> {
  await list.evaluate(
    (t: string, sel: string) => {
      const item = [...document.querySelectorAll('[data-testid=list-item]')].find(
        (e) => e.querySelector('[data-testid=item-open]')?.textContent === t,
      )
      const target = item?.querySelector<HTMLElement>(sel)
      if (!target) throw new Error(`no ${sel} in “${t}”`)
      target.focus()
    },
    title,
    selector,
  )
  await list.keyboard.press('Enter')
}

const titlesShown = async (list: Page) => (await shown(list)).map((s) => s.title)

async function waitForTitles(list: Page, titles: string[]): Promise<void> {
  await list.waitForFunction(
    (want: string[]) => {
      const now = [...document.querySelectorAll('[data-testid=item-open]')].map(
        (e) => e.textContent,
      )
      return now.length === want.length && now.every((t, i) => t === want[i])
    },
    {},
    titles,
  )
}

describe('search covers every story, the status is a refinement', () => {
  it('under Unread, a search finds the archived story too, says where it looked, and counts per status', async () => {
    const list = pages.track(await openList(), 'list')
    expect(await list.$eval('[data-testid=filter-unread]', (e) => e.ariaPressed)).toBe('true')
    await typeSearch(list, 'lighthouse')

    expect(await shown(list)).toEqual([
      {
        title: byTitle('Harbour pilots').title,
        status: 'unread',
        statusText: 'Unread',
      },
      { title: byTitle('The old lighthouse').title, status: 'archived', statusText: 'Archived' },
    ])
    expect(await text(list, '[data-testid=search-summary]')).toBe('2 results in all stories')
    // The filters now count the matches, and "All" is the one pressed.
    expect(await text(list, '[data-testid=filter-all]')).toBe('All (2)')
    expect(await text(list, '[data-testid=filter-unread]')).toBe('Unread (1)')
    expect(await text(list, '[data-testid=filter-read]')).toBe('Read (0)')
    expect(await text(list, '[data-testid=filter-archived]')).toBe('Archived (1)')
    expect(await list.$eval('[data-testid=filter-all]', (e) => e.ariaPressed)).toBe('true')

    // Narrowing to one status, still searching.
    await list.click('[data-testid=filter-archived]')
    await waitForTitles(list, [byTitle('The old lighthouse').title])
    expect(await text(list, '[data-testid=search-summary]')).toBe('1 result in archived stories')
    expect(await text(list, '[data-testid=filter-unread]')).toBe('Unread (1)')

    // A word no story holds: nothing, and the text says where it looked.
    await typeSearch(list, 'zzyzxwordnotthere')
    expect(await titlesShown(list)).toEqual([])
    expect(await text(list, '[data-testid=search-summary]')).toBe('0 results in all stories')

    // Clearing the search goes back to browsing Unread, with the list's own counts.
    await typeSearch(list, '')
    expect(await list.$eval('[data-testid=filter-unread]', (e) => e.ariaPressed)).toBe('true')
    expect(await text(list, '[data-testid=filter-unread]')).toBe('Unread (4)')
    expect(await list.$('[data-testid=search-summary]')).toBeNull()
  })
})

describe('story titles are links to the saved story', () => {
  it('a title is a link to the reader; a plain click opens it, a middle or Ctrl click opens a tab too', async () => {
    const list = pages.track(await openList(), 'list')
    const id = await idOf(list, byTitle('Orchard hives').title)
    const link = `[data-id="${id}"] [data-testid=item-open]`
    const { tag, href } = await list.$eval(link, (a) => ({
      tag: a.tagName,
      href: a.getAttribute('href') ?? '',
    }))
    expect(tag).toBe('A')
    const readerUrl = `${EXTENSION_ORIGIN}${READER_PATH}?saved=${encodeURIComponent(id)}`
    expect(new URL(href, list.url()).href).toBe(readerUrl)

    /** Whether the tab showing `url` is the active one (the extension's own view of tabs). */
    const activeTab = async (url: string) => {
      const answer = await list.waitForFunction(
        async (u: string) => {
          const { tabs } = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome
          const [tab] = await tabs.query({ url: u })
          return tab ? String(tab.active) : false
        },
        // Polled by time: the list may be a background tab, which runs no animation frames.
        { polling: 100 },
        url,
      )
      return (await answer.jsonValue()) === 'true'
    }
    // A plain click opens the story in front, as the list always did (the extension opens it);
    // a middle or Ctrl click is the browser's own: a tab in the background.
    const inFront = { plain: true, middle: false, ctrl: false }
    for (const how of ['plain', 'middle', 'ctrl'] as const) {
      const opened = chromium.browser.waitForTarget((t) => isReader(t) && t.url() === readerUrl, {
        timeout: 10_000,
      })
      await list.bringToFront()
      if (how === 'middle') await list.click(link, { button: 'middle' })
      else if (how === 'ctrl') {
        await list.keyboard.down('Control')
        await list.click(link)
        await list.keyboard.up('Control')
      } else await list.click(link)
      const reader = (await (await opened).asPage())!
      expect(await activeTab(readerUrl), how).toBe(inFront[how])
      // A background tab runs no animation frames, which the wait below polls on.
      await reader.bringToFront()
      expect(await settledState(reader, 'reader')).toBe('article')
      // Closed, so the next round waits for a tab of its own.
      await reader.close()
      // The list stays where it was: the story opened beside it.
      expect(list.url()).toBe(`${EXTENSION_ORIGIN}${LIST_PATH}`)
    }
  })

  it('in the popup’s list, clicking a title opens the story in a tab', async () => {
    const { expected } = server.fixture('jnews--dnyuz-chile-spaceport-atacama')
    const tab = pages.track(await openTab(chromium, expected.url), 'page')
    const popup = pages.track(await clickToolbar(chromium, tab), 'popup')
    await settledState(popup, 'popup')
    await popup.click('[data-testid=tab-list]')
    await popup.waitForSelector('[data-testid=list-item]')
    const id = await idOf(popup, byTitle('Cannery reopens').title)
    const link = `[data-id="${id}"] [data-testid=item-open]`
    expect(await popup.$eval(link, (a) => a.tagName)).toBe('A')
    const readerUrl = `${EXTENSION_ORIGIN}${READER_PATH}?saved=${encodeURIComponent(id)}`
    const opened = chromium.browser.waitForTarget((t) => isReader(t) && t.url() === readerUrl, {
      timeout: 10_000,
    })
    await popup.click(link)
    const reader = pages.track((await (await opened).asPage())!, 'reader')
    expect(await settledState(reader, 'reader')).toBe('article')
  })
})

describe('keyboard: after an action, focus goes to the next story', () => {
  it('archive, delete, undo, mark read: focus lands on a story title, or the empty message', async () => {
    const list = pages.track(await openList(), 'list')
    await list.bringToFront()
    // Opening stories above marked two read; bring the four back to Unread first.
    await list.click('[data-testid=filter-all]')
    await list.waitForSelector('[data-testid=filter-all][aria-pressed=true]')
    for (const title of ['Orchard hives', 'Cannery reopens']) {
      const id = await idOf(list, byTitle(title).title)
      const status = await list.$eval(`[data-id="${id}"]`, (e) => (e as HTMLElement).dataset.status)
      if (status === 'read') {
        await list.click(`[data-id="${id}"] [data-testid=item-mark-unread]`)
        await list.waitForSelector(`[data-id="${id}"][data-status=unread]`)
      }
    }
    await list.click('[data-testid=filter-unread]')
    const [harbour, orchard, cannery, ferry] = [
      'Harbour pilots',
      'Orchard hives',
      'Cannery reopens',
      'Ferry schedule',
    ].map((t) => byTitle(t).title) as [string, string, string, string]
    await waitForTitles(list, [harbour, orchard, cannery, ferry])
    // Screen readers announce changes to a live region that was already on the page.
    const announcer = await list.$('[data-testid=list-announcer]')

    // Archive a story in the middle: focus moves to the next story's title.
    await pressInItem(list, orchard, '[data-testid=item-archive]')
    await waitForTitles(list, [harbour, cannery, ferry])
    expect(await focused(list)).toEqual({ item: cannery, testId: 'item-open', tag: 'A' })
    expect(announcer, 'a live region on the page before the action').not.toBeNull()
    expect(await announcer!.evaluate((e) => e.textContent)).toContain(`Archived “${orchard}”`)

    // Delete the last story: focus moves to the one before it; the undo bar is announced.
    await pressInItem(list, ferry, '[data-testid=item-delete]')
    await waitForTitles(list, [harbour, cannery])
    expect(await focused(list)).toEqual({ item: cannery, testId: 'item-open', tag: 'A' })
    expect(await announcer!.evaluate((e) => e.getAttribute('role'))).toBe('status')
    expect(await announcer!.evaluate((e) => e.textContent)).toContain(`Deleted “${ferry}”`)

    // Undo from the keyboard: the story is back, and focus is on it.
    await list.focus('[data-testid=undo]')
    await list.keyboard.press('Enter')
    await waitForTitles(list, [harbour, cannery, ferry])
    expect(await focused(list)).toEqual({ item: ferry, testId: 'item-open', tag: 'A' })

    // Mark read (it leaves Unread): the next story.
    await pressInItem(list, harbour, '[data-testid=item-mark-read]')
    await waitForTitles(list, [cannery, ferry])
    expect(await focused(list)).toEqual({ item: cannery, testId: 'item-open', tag: 'A' })

    // The last two: then nothing is left, and focus is on the message that says so.
    await pressInItem(list, cannery, '[data-testid=item-archive]')
    await waitForTitles(list, [ferry])
    await pressInItem(list, ferry, '[data-testid=item-archive]')
    await list.waitForSelector('[data-testid=list-empty]')
    expect(await focused(list)).toEqual({ item: null, testId: 'list-empty', tag: 'P' })
  })
})

/**
 * Installed before the page's scripts: the browser's i18n API answers as it would for an
 * Arabic UI whose catalog wraps every message in ⟦…⟧, so any text the page shows that did not
 * come from the catalog stands out.
 */
function pseudoArabic(): void {
  for (const name of ['browser', 'chrome']) {
    const i18n = (Reflect.get(globalThis, name) as { i18n?: Record<string, unknown> } | undefined)
      ?.i18n
    if (!i18n) continue
    const real = (i18n.getMessage as (key: string, subs?: string | string[]) => string).bind(i18n)
    Object.defineProperty(i18n, 'getMessage', {
      configurable: true,
      value: (key: string, subs?: string | string[]) =>
        key === '@@bidi_dir'
          ? 'rtl'
          : // The catalog says which language it is in (src/i18n/t.ts): this one is "Arabic".
            key === 'catalogLanguage'
            ? 'ar'
            : key.startsWith('@@')
              ? real(key, subs)
              : `⟦${real(key, subs)}⟧`,
    })
    Object.defineProperty(i18n, 'getUILanguage', { configurable: true, value: () => 'ar' })
  }
}

describe('the page in the browser’s language', () => {
  it('every word comes from the catalog, dates and numbers are Arabic, and the page reads right to left', async () => {
    const list = pages.track(await chromium.browser.newPage(), 'list')
    await list.evaluateOnNewDocument(pseudoArabic)
    await list.goto(`${EXTENSION_ORIGIN}${LIST_PATH}`, { waitUntil: 'load' })
    await list.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
    await list.click('[data-testid=filter-all]')
    await list.waitForSelector('[data-testid=list-item]')
    await list.waitForSelector('[data-testid=import-library]')
    // A file that is not a reading list: the library's refusal must be in the UI language too.
    const notes = join(dir, 'notes.txt')
    writeFileSync(notes, 'just some words')
    await importFile(list, notes)

    const page = await list.evaluate(() => {
      const untranslated: string[] = []
      // Story data (titles, publishers) is the user's own, not the UI's.
      const data = 'script, style, [data-testid=item-open], [data-testid=item-source]'
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? ''
        if (!/\p{L}/u.test(value) || node.parentElement?.closest(data)) continue
        if (!value.includes('⟦')) untranslated.push(value.trim())
      }
      for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
        for (const attr of ['placeholder', 'aria-label', 'title']) {
          const value = el.getAttribute(attr)
          if (value && /\p{L}/u.test(value) && !value.includes('⟦')) untranslated.push(value)
        }
      }
      if (!document.title.includes('⟦')) untranslated.push(`<title> ${document.title}`)
      return {
        untranslated,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        allFilter: document.querySelector('[data-testid=filter-all]')?.textContent ?? '',
        meta: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('[data-testid=list-item]')].map((e) => [
            e.dataset.id ?? '',
            e.querySelector('.item__meta')?.textContent ?? '',
          ]),
        ),
        status: document.querySelector('[data-testid=backup-status]')?.textContent ?? '',
      }
    })
    expect(page.untranslated).toEqual([])
    expect(page.lang).toBe('ar')
    expect(page.dir).toBe('rtl')
    expect(page.allFilter).toContain(new Intl.NumberFormat('ar').format(STORIES.length))
    const arabicDay = new Intl.DateTimeFormat('ar', { dateStyle: 'long' })
    expect(Object.keys(page.meta)).toHaveLength(STORIES.length)
    for (const { article } of STORIES) {
      const id = await idOf(list, article.title)
      expect(page.meta[id]).toContain(arabicDay.format(new Date(article.savedAt)))
    }
    expect(page.status).toMatch(/^⟦/)
  })
})
