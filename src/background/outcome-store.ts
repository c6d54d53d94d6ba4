/** The last extraction outcome per tab, so the reader tab can show it after a worker restart. */
import type { ExtractOutcome } from '../messaging/outcome.ts'
import { isExtractOutcome } from '../messaging/validate.ts'
import { removeByPrefix, tabStateArea } from './storage-area.ts'

const PREFIX = 'outcome:'

const keyFor = (tabId: number): string => `${PREFIX}${tabId}`

/** Saves still being written, so a read right after a save sees it. */
const pending = new Map<number, Promise<void>>()

/**
 * Stores the outcome. Callers need not wait for it (the popup is answered first): a later
 * loadOutcome in this worker waits for the write, and the write outlives the answer.
 */
export function saveOutcome(outcome: ExtractOutcome): Promise<void> {
  const { tabId } = outcome
  const write = (pending.get(tabId) ?? Promise.resolve())
    .then(() => tabStateArea().set({ [keyFor(tabId)]: outcome }))
    .catch((error: unknown) => {
      // Over quota (session storage holds 10 MB): the reader will extract again instead.
      console.warn('Upstream: could not store the extraction for the reader', error)
    })
    .finally(() => {
      if (pending.get(tabId) === write) pending.delete(tabId)
    })
  pending.set(tabId, write)
  return write
}

export async function loadOutcome(tabId: number): Promise<ExtractOutcome | null> {
  await pending.get(tabId)
  const key = keyFor(tabId)
  const stored = (await tabStateArea().get(key))[key]
  return isExtractOutcome(stored) ? stored : null
}

export async function forgetOutcome(tabId: number): Promise<void> {
  await pending.get(tabId)
  await tabStateArea().remove(keyFor(tabId))
}

export function forgetAllOutcomes(): Promise<void> {
  return removeByPrefix(PREFIX)
}
