/**
 * Auto reader settings in `storage.local`: load, change, follow changes. A change is a function
 * of the stored record (not of a copy a page holds), applied one after another, so two quick
 * clicks in the options page and the popup cannot overwrite each other.
 */
import browser, { type Storage } from 'webextension-polyfill'
import { AUTO_SETTINGS_KEY } from './files.ts'
import { type AutoSettings, readAutoSettings } from './rules.ts'

export { AUTO_SETTINGS_KEY }

export async function loadAutoSettings(): Promise<AutoSettings> {
  const stored = await browser.storage.local.get(AUTO_SETTINGS_KEY)
  return readAutoSettings(stored[AUTO_SETTINGS_KEY])
}

let pending: Promise<unknown> = Promise.resolve()

/** Applies `change` to the stored settings and saves the result in one write. */
export function updateAutoSettings(
  change: (current: AutoSettings) => AutoSettings,
): Promise<AutoSettings> {
  const run = async (): Promise<AutoSettings> => {
    const next = change(await loadAutoSettings())
    await browser.storage.local.set({ [AUTO_SETTINGS_KEY]: next })
    return next
  }
  const result = pending.then(run, run)
  pending = result
  return result
}

export function onAutoSettingsChanged(callback: (settings: AutoSettings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    const change = changes[AUTO_SETTINGS_KEY]
    if (area === 'local' && change) callback(readAutoSettings(change.newValue))
  }
  browser.storage.onChanged.addListener(listener)
  return () => browser.storage.onChanged.removeListener(listener)
}
