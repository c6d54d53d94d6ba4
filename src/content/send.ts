/**
 * The content script's two requests to the background, sent with the browser's own promise-based
 * `runtime.sendMessage` (`browser` in Firefox, `chrome` in Chrome MV3) rather than through
 * webextension-polyfill and the full response validation: this script runs on every page of the
 * chosen sites before it decides, so every kilobyte is parse and compile time on the page's
 * main thread. The answers are still checked before use.
 */
import { isRecord, isString } from '../messaging/guards.ts'
import type { RequestOf, ResponseOf } from '../messaging/protocol.ts'

type ContentRequest = 'reportPageVerdict' | 'loadInPageReader'

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>
}

function runtime(): Runtime {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } }
  const found = g.browser?.runtime ?? g.chrome?.runtime
  if (!found) throw new Error('No extension runtime in this context')
  return found
}

const GUARDS: { [K in ContentRequest]: (value: unknown) => value is ResponseOf<K> } = {
  reportPageVerdict: (value): value is ResponseOf<'reportPageVerdict'> =>
    isRecord(value) && typeof value.shown === 'boolean',
  loadInPageReader: (value): value is ResponseOf<'loadInPageReader'> =>
    isRecord(value) && typeof value.loaded === 'boolean',
}

export async function sendFromPage<K extends ContentRequest>(
  type: K,
  payload: Omit<RequestOf<K>, 'type'>,
): Promise<ResponseOf<K>> {
  const reply: unknown = await runtime().sendMessage({ ...payload, type })
  if (!isRecord(reply) || reply.ok !== true) {
    const reason = isRecord(reply) && isString(reply.error) ? reply.error : 'no answer'
    throw new Error(`The extension did not do ${type}: ${reason}`)
  }
  const guard: (value: unknown) => value is ResponseOf<K> = GUARDS[type]
  if (!guard(reply.value)) throw new Error(`Malformed answer to ${type}`)
  return reply.value
}
