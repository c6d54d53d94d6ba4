/** The background's answers to the popup and the reader tab. */
import browser from 'webextension-polyfill'
import type { Handlers } from '../messaging/server.ts'
import { loadOutcome, saveOutcome } from './outcome-store.ts'
import { openReader, tabExists } from './reader-tabs.ts'
import { extractAndStore } from './tab-actions.ts'

export const backgroundHandlers: Handlers = {
  // The popup just opened (the toolbar click granted activeTab), or the reader asks again.
  extractTab: ({ tabId, trigger }) => extractAndStore(tabId, trigger),

  // The reader shows what was stored when it was opened. With nothing stored it decides itself
  // (src/reader/live-story-load.ts): its own copy of the story, or a fresh extraction, which
  // only an open tab allows.
  getTabOutcome: async ({ tabId }) => {
    const [outcome, sourceOpen] = await Promise.all([loadOutcome(tabId), tabExists(tabId)])
    return { outcome, sourceOpen }
  },

  // The popup extracted by itself (the click's grant covers it) and shows the outcome already.
  keepOutcome: async ({ outcome }) => {
    await saveOutcome(outcome)
    return { kept: true }
  },

  openReader: async ({ tabId }) => ({
    readerTabId: await openReader(await browser.tabs.get(tabId)),
  }),
}
