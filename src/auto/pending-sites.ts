/**
 * Sites the user asked to turn on from the popup, noted until the browser answers its
 * permission prompt. The popup cannot wait for that answer: Chromium closes the popup as soon
 * as its prompt opens (measured: ~70 ms after the click), and Firefox shows the prompt under
 * the popup, which the user closes to answer it. So the popup notes the site in the same click,
 * and when access is granted (`permissions.onAdded`, which wakes the background), the background
 * turns the site on (background/pending-sites.ts).
 *
 * Kept in `storage.session`: gone when the browser closes, like the prompt itself. This module
 * imports nothing but the polyfill, so the popup can use it before its click.
 */
import browser from 'webextension-polyfill'

const PREFIX = 'autoPendingSite:'

/**
 * How long a note stays good. A prompt is answered within minutes; an older note is from a
 * prompt that was refused (Chromium tells nobody), and must not turn the site on when access
 * comes later for another reason (say, "detect on every site").
 */
export const PENDING_SITE_TTL_MS = 5 * 60_000

export interface PendingSite {
  site: string
  /** `Date.now()` when the user asked. */
  askedAt: number
}

export function notePendingSite(site: string, now: number = Date.now()): Promise<void> {
  return browser.storage.session.set({ [PREFIX + site]: now })
}

export function forgetPendingSites(sites: string[]): Promise<void> {
  return browser.storage.session.remove(sites.map((site) => PREFIX + site))
}

export async function readPendingSites(): Promise<PendingSite[]> {
  const all = await browser.storage.session.get(null)
  return Object.entries(all).flatMap(([key, value]) =>
    key.startsWith(PREFIX) && typeof value === 'number'
      ? [{ site: key.slice(PREFIX.length), askedAt: value }]
      : [],
  )
}

/** Splits the notes into those still good and those too old to act on. */
export function sortPendingSites(
  pending: PendingSite[],
  now: number,
): { current: PendingSite[]; expired: PendingSite[] } {
  const current = pending.filter((p) => now - p.askedAt <= PENDING_SITE_TTL_MS && p.askedAt <= now)
  return { current, expired: pending.filter((p) => !current.includes(p)) }
}
