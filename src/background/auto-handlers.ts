/** The background's answers to auto reader mode: the options page, the popup, content scripts. */
import browser, { type Runtime } from 'webextension-polyfill'
import { IN_PAGE_READER_FILE } from '../auto/files.ts'
import type { Handlers } from '../messaging/server.ts'
import { syncAutoRegistrations } from './auto-registration.ts'
import { showPageVerdict } from './badge.ts'

function senderTab(sender: Runtime.MessageSender): { tabId: number; frameId: number } {
  const tabId = sender.tab?.id
  if (tabId === undefined) throw new Error('This request must come from a page in a tab.')
  return { tabId, frameId: sender.frameId ?? 0 }
}

export const autoModeHandlers: Handlers = {
  syncAutoMode: async () => ({ registered: await syncAutoRegistrations() }),

  reportPageVerdict: async ({ isAggregator }, sender) => {
    const { tabId, frameId } = senderTab(sender)
    // Only the top frame speaks for the page (scripts are registered for top frames only).
    if (frameId !== 0) return { shown: false }
    await showPageVerdict(tabId, isAggregator)
    return { shown: isAggregator }
  },

  loadInPageReader: async (_request, sender) => {
    const { tabId, frameId } = senderTab(sender)
    // Runs in the same isolated world as the content script that asked, which then calls it.
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [IN_PAGE_READER_FILE],
    })
    return { loaded: true }
  },
}
