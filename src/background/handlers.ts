/** The background's answers to the popup and the reader tab. */
import browser from 'webextension-polyfill'
import type { Handlers } from '../messaging/server.ts'
import { loadOutcome, saveOutcome } from './outcome-store.ts'
import { openReader } from './reader-tabs.ts'
import { extractAndStore } from './tab-actions.ts'

export const backgroundHandlers: Handlers = {
  // The popup just opened (the toolbar click granted activeTab), or the reader asks again.
  extractTab: ({ tabId, trigger }) => extractAndStore(tabId, trigger),

  // The reader shows what was stored when it was opened. Nothing stored (the session ended,
  // or storage was full): try again, which works while the activeTab grant lasts.
  getTabOutcome: async ({ tabId }) => (await loadOutcome(tabId)) ?? extractAndStore(tabId, 'later'),

  // The popup extracted by itself (the click's grant covers it) and shows the outcome already.
  keepOutcome: async ({ outcome }) => {
    await saveOutcome(outcome)
    return { kept: true }
  },

  openReader: async ({ tabId }) => ({
    readerTabId: await openReader(await browser.tabs.get(tabId)),
  }),
}
