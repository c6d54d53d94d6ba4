import browser from 'webextension-polyfill'

/** The tab the toolbar button was clicked in: the active tab of the popup's window. */
export async function activeTabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true })
  if (tab?.id === undefined) throw new Error('There is no tab to read.')
  return tab.id
}
