/** The last extraction outcome per tab, so the reader tab can show it after a worker restart. */
import type { ExtractOutcome } from '../messaging/outcome.ts'
import { isExtractOutcome } from '../messaging/validate.ts'
import { removeByPrefix, tabStateArea } from './storage-area.ts'

const PREFIX = 'outcome:'

const keyFor = (tabId: number): string => `${PREFIX}${tabId}`

export async function saveOutcome(outcome: ExtractOutcome): Promise<void> {
  try {
    await tabStateArea().set({ [keyFor(outcome.tabId)]: outcome })
  } catch (error) {
    // Over quota (session storage holds 10 MB): the reader will extract again instead.
    console.warn('Upstream: could not store the extraction for the reader', error)
  }
}

export async function loadOutcome(tabId: number): Promise<ExtractOutcome | null> {
  const key = keyFor(tabId)
  const stored = (await tabStateArea().get(key))[key]
  return isExtractOutcome(stored) ? stored : null
}

export async function forgetOutcome(tabId: number): Promise<void> {
  await tabStateArea().remove(keyFor(tabId))
}

export function forgetAllOutcomes(): Promise<void> {
  return removeByPrefix(PREFIX)
}
