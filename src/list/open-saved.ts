import browser from 'webextension-polyfill'

/** Opens a saved story in a reader tab, from storage (works offline). */
export async function openSaved(id: string): Promise<void> {
  const url = browser.runtime.getURL(`src/reader/index.html?saved=${encodeURIComponent(id)}`)
  await browser.tabs.create({ url })
}
