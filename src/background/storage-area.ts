/**
 * Where per-tab state lives. `storage.session` (Chrome 102+, Firefox 115+) is kept in memory
 * for the browser session and survives the service worker being stopped, which plain globals
 * do not. Where it is missing, `storage.local` stands in and is cleared at browser start-up,
 * because tab ids are only meaningful within one session.
 */
import browser, { type Storage } from 'webextension-polyfill'

export function tabStateArea(): Storage.StorageArea {
  const storage: Partial<Storage.Static> = browser.storage
  return storage.session ?? browser.storage.local
}

export function tabStateIsPersistent(): boolean {
  return tabStateArea() === browser.storage.local
}

/** Removes every key with this prefix from the tab-state area. */
export async function removeByPrefix(prefix: string): Promise<void> {
  const area = tabStateArea()
  const all = await area.get(null)
  const keys = Object.keys(all).filter((key) => key.startsWith(prefix))
  if (keys.length > 0) await area.remove(keys)
}
