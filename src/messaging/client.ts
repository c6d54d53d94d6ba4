/** The sending side of the protocol: `await sendRequest('extractTab', { tabId })`. */
import browser from 'webextension-polyfill'
import { isRecord, isString } from './guards.ts'
import type { Protocol, RequestOf, RequestType, ResponseOf } from './protocol.ts'
import { responseGuards } from './validate.ts'

export class RequestError extends Error {
  override name = 'RequestError'
}

export async function sendRequest<K extends RequestType>(
  type: K,
  payload: Protocol[K]['request'],
): Promise<ResponseOf<K>> {
  // The spread of a generic payload is not inferred as RequestOf<K>; it is one by construction.
  const message = { ...payload, type } as RequestOf<K>
  const reply: unknown = await browser.runtime.sendMessage(message)
  if (!isRecord(reply) || typeof reply.ok !== 'boolean') {
    // `undefined` means no context answered: the background failed to start or was updated.
    throw new RequestError('The extension did not answer. Try again.')
  }
  if (!reply.ok) throw new RequestError(isString(reply.error) ? reply.error : 'Unknown error')
  const guard: (value: unknown) => value is ResponseOf<K> = responseGuards[type]
  if (!guard(reply.value)) throw new RequestError(`Malformed answer to ${type}`)
  return reply.value
}
