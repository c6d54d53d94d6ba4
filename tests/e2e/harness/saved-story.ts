/**
 * Stories from the reading list, opened in the reader (`?saved=<id>`) as a user opens them:
 * from the list page. Also a link imported without its text, from a Pocket export.
 */
import { writeFileSync } from 'node:fs'
import type { ElementHandle, Page } from 'puppeteer-core'
import { expect } from 'vitest'
import { type Chromium, settledState } from './chromium.ts'
import { shownItems } from './reading-list.ts'

/** Clicks the item titled `title` in the list; returns the reader tab it opens, settled. */
export async function openSavedFromList(
  chromium: Chromium,
  listPage: Page,
  title: string,
  track: (reader: Page) => Page = (reader) => reader,
): Promise<{ reader: Page; state: string }> {
  await shownItems(listPage, 'all')
  const items = await listPage.$$('[data-testid=item-open]')
  const titles = await Promise.all(items.map((item) => item.evaluate((e) => e.textContent)))
  const index = titles.indexOf(title)
  expect(index, `“${title}” in the list`).toBeGreaterThanOrEqual(0)
  const before = new Set(chromium.browser.targets())
  const [target] = await Promise.all([
    chromium.browser.waitForTarget((t) => t.url().includes('?saved=') && !before.has(t), {
      timeout: 10_000,
    }),
    items[index]!.click(),
  ])
  const reader = track((await target.asPage())!)
  return { reader, state: await settledState(reader, 'reader') }
}

/**
 * Imports a Pocket export (ril_export.html, as Pocket writes it) holding one link and its title,
 * through the list page's import; resolves once the list page has taken it in.
 */
export async function importPocketLink(
  listPage: Page,
  file: string,
  link: { url: string; title: string },
): Promise<void> {
  writeFileSync(
    file,
    `<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1>
<ul><li><a href="${link.url}" time_added="1767225600" tags="">${link.title}</a></li></ul></body></html>`,
  )
  // The import controls load after the list has painted, which takes a frame: a frame comes
  // only to the tab in front.
  await listPage.bringToFront()
  const input = (await listPage.waitForSelector(
    'input[data-testid=import-library]',
  )) as ElementHandle<HTMLInputElement> | null
  await input!.uploadFile(file)
  await listPage.waitForFunction(
    () => (document.querySelector('[data-testid=backup-status]')?.textContent ?? '') !== '',
  )
}
