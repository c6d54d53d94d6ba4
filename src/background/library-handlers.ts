/**
 * Saving from where there is no IndexedDB of ours: the in-page reader (a content script) asks
 * here. The page address is the sender's own, not one the page could claim.
 */
import type { Runtime } from 'webextension-polyfill'
import { isResultSaved, saveMessage, saveResult } from '../library/save-result.ts'
import type { Handlers } from '../messaging/server.ts'

function senderUrl(sender: Runtime.MessageSender): string {
  const url = sender.url ?? sender.tab?.url
  if (!url) throw new Error('This request must come from a web page.')
  return url
}

export const libraryHandlers: Handlers = {
  saveStory: async ({ result }, sender) => {
    const outcome = await saveResult(result, senderUrl(sender))
    return { saved: outcome.kind, message: saveMessage(outcome) }
  },
  isStorySaved: async ({ result }, sender) => ({
    saved: await isResultSaved(result, senderUrl(sender)),
  }),
}
