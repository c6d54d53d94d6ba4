/**
 * Reader tabs: extension pages at `src/reader/index.html?tab=<source tab id>`. Which reader
 * belongs to which source tab is kept in session storage (not a global), so toggling still
 * works after the service worker was stopped and restarted.
 */
import browser, { type Tabs } from 'webextension-polyfill'
import { isTabId } from '../messaging/guards.ts'
import { removeByPrefix, tabStateArea } from './storage-area.ts'

const PREFIX = 'reader:'
const READER_PAGE = 'src/reader/index.html'

const keyFor = (readerTabId: number): string => `${PREFIX}${readerTabId}`

export function readerUrl(sourceTabId: number): string {
  return browser.runtime.getURL(`${READER_PAGE}?tab=${sourceTabId}`)
}

/** The source tab a reader tab shows, or null if `tabId` is not one of our reader tabs. */
export async function sourceOfReader(tabId: number): Promise<number | null> {
  const key = keyFor(tabId)
  const value = (await tabStateArea().get(key))[key]
  return isTabId(value) ? value : null
}

async function readerOfSource(sourceTabId: number): Promise<number | null> {
  const all = await tabStateArea().get(null)
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(PREFIX) && value === sourceTabId) return Number(key.slice(PREFIX.length))
  }
  return null
}

export async function tabExists(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.get(tabId)
    return true
  } catch {
    return false
  }
}

/** Opens the reader for a tab next to it, or reloads and focuses the one already open. */
export async function openReader(source: Tabs.Tab): Promise<number> {
  if (source.id === undefined) throw new Error('This tab cannot be read.')
  const existing = await readerOfSource(source.id)
  if (existing !== null && (await tabExists(existing))) {
    // Reload so it shows the extraction that was just stored.
    await browser.tabs.update(existing, { active: true, url: readerUrl(source.id) })
    return existing
  }
  const created = await browser.tabs.create({
    url: readerUrl(source.id),
    index: source.index + 1,
    windowId: source.windowId,
    openerTabId: source.id,
  })
  if (created.id === undefined) throw new Error('The reader tab could not be opened.')
  await tabStateArea().set({ [keyFor(created.id)]: source.id })
  return created.id
}

/** Closes a reader tab and returns to the page it was opened from. */
export async function closeReader(readerTabId: number, sourceTabId: number): Promise<void> {
  if (await tabExists(sourceTabId)) await browser.tabs.update(sourceTabId, { active: true })
  await browser.tabs.remove(readerTabId)
}

/** Forgets a closed tab, whether it was a reader or a source. */
export async function forgetReaderTab(tabId: number): Promise<void> {
  await tabStateArea().remove(keyFor(tabId))
}

export function forgetAllReaderTabs(): Promise<void> {
  return removeByPrefix(PREFIX)
}
