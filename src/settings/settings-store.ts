/** Reader settings in `storage.local`: load, save a change, and follow changes from other tabs. */
import browser, { type Storage } from 'webextension-polyfill'
import { type ReaderSettings, validateSettings } from './reader-settings.ts'

export const SETTINGS_KEY = 'readerSettings'

export async function loadSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY)
  return validateSettings(stored[SETTINGS_KEY])
}

// Changes made in quick succession (a theme click, then a font choice) are applied one after
// another: two overlapping read-modify-writes would let the second undo the first.
let pending: Promise<unknown> = Promise.resolve()

/** Saves a change on top of the stored settings (not a stale copy held by this page). */
export function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const run = async (): Promise<ReaderSettings> => {
    const next = validateSettings({ ...(await loadSettings()), ...change })
    await browser.storage.local.set({ [SETTINGS_KEY]: next })
    return next
  }
  const result = pending.then(run, run)
  pending = result
  return result
}

/** Calls back with the new settings whenever any page changes them; returns an unsubscribe. */
export function onSettingsChanged(callback: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY]
    if (area === 'local' && change) callback(validateSettings(change.newValue))
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
