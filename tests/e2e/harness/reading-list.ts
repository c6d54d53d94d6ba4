/**
 * The reading list as a user drives it in Chromium: save from the popup, open the list page,
 * read what it shows under a filter.
 */
import type { Page } from 'puppeteer-core'
import { expect } from 'vitest'
import { type Chromium, clickToolbar, EXTENSION_ORIGIN, openTab, settledState } from './chromium.ts'

export const LIST_PATH = '/src/list/index.html'

/**
 * Toolbar click on `tab`; returns the popup once its story is shown and its save state known.
 * `track` registers the popup (for screenshots on failure) before anything is awaited on it.
 */
export async function popupFor(
  chromium: Chromium,
  tab: Page,
  track: (popup: Page) => Page = (popup) => popup,
): Promise<Page> {
  const popup = track(await clickToolbar(chromium, tab))
  expect(await settledState(popup, 'popup')).toBe('article')
  await popup.waitForSelector('[data-testid=action-save]')
  return popup
}

/** Clicks "Save to reading list" and returns what the popup then says. */
export async function saveInPopup(popup: Page): Promise<string> {
  await popup.click('[data-testid=action-save]')
  await popup.waitForFunction(
    () => (document.querySelector('[data-testid=save-status]')?.textContent ?? '') !== '',
  )
  return popup.$eval('[data-testid=save-status]', (e) => e.textContent ?? '')
}

/** Waits until a list page (new or reloaded) shows its items or says it has none. */
export async function listShown(page: Page): Promise<Page> {
  await page.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
  return page
}

export async function openList(
  chromium: Chromium,
  track: (list: Page) => Page = (list) => list,
): Promise<Page> {
  return listShown(track(await openTab(chromium, `${EXTENSION_ORIGIN}${LIST_PATH}`)))
}

export interface ShownItem {
  title: string
  copies: string
  status: string
}

/** The items the list shows under a filter (unread, read, archived, all), clicked as a user does. */
export async function shownItems(list: Page, filter = 'all'): Promise<ShownItem[]> {
  await list.bringToFront()
  await list.click(`[data-testid=filter-${filter}]`)
  await list.waitForFunction(
    (f: string) =>
      document.querySelector(`[data-testid=filter-${f}]`)?.getAttribute('aria-pressed') === 'true',
    {},
    filter,
  )
  await list.waitForSelector('[data-testid=list-items], [data-testid=list-empty]')
  return list.$$eval('[data-testid=list-item]', (items) =>
    items.map((item) => ({
      title: item.querySelector('[data-testid=item-open]')?.textContent ?? '',
      copies: item.querySelector('[data-testid=item-copies]')?.textContent?.trim() ?? '',
      status: (item as HTMLElement).dataset.status ?? '',
    })),
  )
}
