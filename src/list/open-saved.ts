import browser from 'webextension-polyfill'
import { READER_PAGE } from '../shared/pages.ts'

/** The reader page for a saved story: it reads the story from storage, so it works offline. */
export function savedStoryUrl(id: string): string {
  return browser.runtime.getURL(`${READER_PAGE}?saved=${encodeURIComponent(id)}`)
}

/** Opens a saved story in a new reader tab, beside the list. */
export async function openSaved(id: string): Promise<void> {
  await browser.tabs.create({ url: savedStoryUrl(id) })
}

/**
 * A story title's click. A plain left click (or Enter) opens the story in a new tab, as the list
 * always has: the full list stays where it was, and in the popup following the link would
 * replace the popup. A click with a modifier key or another button is the browser's own (a
 * background tab, a new window, …), so the title works as the link it is.
 */
export function openOnPlainClick(event: MouseEvent, id: string): void {
  const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey
  if (event.defaultPrevented || event.button !== 0 || modified) return
  event.preventDefault()
  void openSaved(id)
}
