/**
 * The answering side of the protocol. A context registers handlers for the requests it serves
 * (today only the background does); a request no handler here serves is left for other
 * contexts by returning `undefined`.
 */
import browser, { type Runtime } from 'webextension-polyfill'
import type { Reply, RequestOf, RequestType, ResponseOf } from './protocol.ts'
import { isRequestMessage } from './validate.ts'

export type Handler<K extends RequestType> = (
  request: RequestOf<K>,
  sender: Runtime.MessageSender,
) => Promise<ResponseOf<K>>

export type Handlers = { [K in RequestType]?: Handler<K> }

async function answer<K extends RequestType>(
  handler: Handler<K>,
  request: RequestOf<K>,
  sender: Runtime.MessageSender,
): Promise<Reply<K>> {
  try {
    return { ok: true, value: await handler(request, sender) }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** Requests auto mode's content scripts may send; everything else is for extension pages. */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'reportPageVerdict',
  'loadInPageReader',
  'saveStory',
  'isStorySaved',
])

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(browser.runtime.getURL('/')) ?? false
}

/** Must be called synchronously at start-up: MV3 wakes the worker only for listeners added then. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension talks to us (web pages cannot send; no externally_connectable).
    if (sender.id !== browser.runtime.id || !isRequestMessage(message)) return undefined
    // Our content scripts run inside web pages: a compromised renderer could forge their
    // messages, so they may only ask for what concerns their own tab.
    if (!fromExtensionPage(sender) && !CONTENT_SCRIPT_REQUESTS.has(message.type)) return undefined
    // TypeScript cannot tie `handlers[message.type]` to `message`; the map's type guarantees it.
    const handler = handlers[message.type] as Handler<typeof message.type> | undefined
    if (!handler) return undefined
    return answer(handler, message, sender)
  })
}
