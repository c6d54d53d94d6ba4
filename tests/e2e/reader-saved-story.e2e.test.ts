/**
 * A story from the reading list, open in the reader (`?saved=<id>`), in Chromium with real
 * IndexedDB: it keeps the "Republished copy" mark and the original link it was saved with, and
 * is no dead end: mark read / unread, archive, delete with undo and "Back to the reading list"
 * act on the list itself. A link imported without its text shows its title and a working link.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { trackPages } from './harness/artifacts.ts'
import { type Chromium, launchChromium, openTab } from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import {
  LIST_PATH,
  listShown,
  openList,
  popupFor,
  saveInPopup,
  shownItems,
} from './harness/reading-list.ts'
import { importPocketLink, openSavedFromList } from './harness/saved-story.ts'
import { expectStoryAsExpected, readShownStory } from './harness/story.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'
/** Imported from a Pocket export as a link only: the page exists, its text was never saved. */
const LINKED = 'jnews--dnyuz-pasadena-bookstore-bank'
const LINK_TITLE = 'A bookstore in Pasadena (imported from Pocket)'

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)
const scratch = mkdtempSync(join(tmpdir(), 'upstream-saved-story-'))

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server })
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  rmSync(scratch, { recursive: true, force: true })
})

const list = () => openList(chromium, (page) => pages.track(page, 'list'))

/** Clicks the item titled `title` in the list; returns the reader tab it opens, settled. */
const openFromList = (listPage: Page, title: string) =>
  openSavedFromList(chromium, listPage, title, (reader) => pages.track(reader, 'reader'))

/** The story's status as the reader's actions show it (from storage). */
const savedStatus = (reader: Page) =>
  reader.$eval('[data-testid=saved-actions]', (e) => (e as HTMLElement).dataset.status)

async function click(reader: Page, testId: string, thenStatus: string): Promise<void> {
  await reader.bringToFront()
  await reader.click(`[data-testid=${testId}]`)
  await reader.waitForFunction(
    (s: string) =>
      document.querySelector<HTMLElement>('[data-testid=saved-actions]')?.dataset.status === s,
    {},
    thenStatus,
  )
}

/**
 * The titles the list page shows under `filter` after a reload (F5): the page does not follow
 * changes made in other tabs, and a reload shows what is stored.
 */
async function titles(listPage: Page, filter: string): Promise<string[]> {
  await listPage.reload()
  await listShown(listPage)
  return (await shownItems(listPage, filter)).map((item) => item.title)
}

describe('a saved story in the reader', () => {
  const title = () => server.fixture(STORY).expected.title ?? ''

  it('saved from the popup, it opens from the list with its copy mark and original link', async () => {
    const { expected } = server.fixture(STORY)
    const tab = pages.track(await openTab(chromium, expected.url), 'page')
    const popup = await popupFor(chromium, tab, (page) => pages.track(page, 'popup'))
    expect(await saveInPopup(popup)).toContain('Saved to your reading list')
    await popup.close()

    const { reader, state } = await openFromList(await list(), title())
    expect(state).toBe('article')
    // The same checks as for the live story: every paragraph, the "Republished copy" mark, and
    // "Originally published by New York Times" linking the original article.
    expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)
    // Opening it marked it read.
    expect(await savedStatus(reader)).toBe('read')
  })

  it('archive, unarchive, mark unread and read change the list itself', async () => {
    const listPage = await list()
    const { reader } = await openFromList(listPage, title())

    await click(reader, 'saved-archive', 'archived')
    expect(await reader.$eval('[data-testid=saved-archive]', (e) => e.textContent)).toBe(
      t('readerUnarchive'),
    )
    expect(await titles(listPage, 'archived')).toEqual([title()])
    expect(await titles(listPage, 'read')).toEqual([])

    await click(reader, 'saved-archive', 'read')
    expect(await titles(listPage, 'archived')).toEqual([])
    expect(await titles(listPage, 'read')).toEqual([title()])

    await click(reader, 'saved-toggle-read', 'unread')
    expect(await titles(listPage, 'unread')).toEqual([title()])
    await click(reader, 'saved-toggle-read', 'read')
    expect(await titles(listPage, 'unread')).toEqual([])
    expect(await titles(listPage, 'read')).toEqual([title()])
  })

  it('delete takes it off the list; undo brings it back', async () => {
    const listPage = await list()
    const { reader } = await openFromList(listPage, title())

    await reader.bringToFront()
    await reader.click('[data-testid=saved-delete]')
    await reader.waitForSelector('[data-testid=reader][data-state=deleted]')
    expect(await titles(listPage, 'all')).toEqual([])

    await reader.bringToFront()
    await reader.click('[data-testid=saved-undo]')
    await reader.waitForSelector('[data-testid=reader][data-state=article]')
    expect(await titles(listPage, 'all')).toEqual([title()])
    expectStoryAsExpected(await readShownStory(reader, 'reader'), server.fixture(STORY).expected)
  })

  it('“Back to the reading list” goes to the list page', async () => {
    const { reader } = await openFromList(await list(), title())
    await reader.bringToFront()
    await Promise.all([reader.waitForNavigation(), reader.click('[data-testid=back-to-list]')])
    expect(new URL(reader.url()).pathname).toBe(LIST_PATH)
    await listShown(reader)
    expect(await titles(reader, 'all')).toEqual([title()])
  })

  it('a link imported without its text shows its title and a link that opens the page', async () => {
    const { url } = server.fixture(LINKED).expected
    // A Pocket export (ril_export.html) holding one link and its title, as Pocket writes it.
    const listPage = await list()
    await importPocketLink(listPage, join(scratch, 'ril_export.html'), { url, title: LINK_TITLE })
    expect(await listPage.$eval('[data-testid=backup-status]', (e) => e.textContent)).toContain(
      '1 added',
    )

    const { reader, state } = await openFromList(listPage, LINK_TITLE)
    expect(state).toBe('link-only')
    expect(await reader.$eval('h1', (e) => e.textContent)).toBe(LINK_TITLE)
    // The same actions as for a story.
    for (const action of ['saved-archive', 'saved-delete', 'back-to-list']) {
      expect(await reader.$(`[data-testid=${action}]`), action).not.toBeNull()
    }
    const link = await reader.$eval('[data-testid=link-only-open]', (a) => ({
      href: (a as HTMLAnchorElement).href,
      text: (a as HTMLElement).innerText,
    }))
    expect(link).toEqual({ href: url, text: t('readerLinkOpen') })
    expect(await reader.$eval('[data-testid=link-only-address]', (e) => e.textContent)).toBe(url)

    // The link works: the page itself opens (served by the fixture server under its address).
    await reader.bringToFront()
    await Promise.all([
      reader.waitForNavigation({ waitUntil: 'load' }),
      reader.click('[data-testid=link-only-open]'),
    ])
    expect(reader.url()).toBe(url)
    expect(await reader.evaluate(() => document.body.innerText)).toContain(
      server.fixture(LINKED).expected.title,
    )
  })
})
