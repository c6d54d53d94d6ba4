/**
 * Turns on the sites the popup asked for, once the browser has granted their access. The popup
 * cannot do it itself: it is closed by the time the prompt is answered (auto/pending-sites.ts).
 * Run on `permissions.onAdded`; the saved rule then registers its script through the usual
 * storage-change sync.
 */
import browser from 'webextension-polyfill'
import { grantNamesSite } from '../auto/grant-names-site.ts'
import { forgetPendingSites, readPendingSites, sortPendingSites } from '../auto/pending-sites.ts'
import { withRule } from '../auto/rules.ts'
import { updateAutoSettings } from '../auto/rules-store.ts'
import { parseSitePattern } from '../auto/site-pattern.ts'

/**
 * Returns the sites turned on. `added`: the origins the browser just granted
 * (`permissions.onAdded`); a pending site is turned on only when they name it and all its
 * access is now held.
 */
export async function turnOnGrantedPendingSites(
  added: readonly string[],
  now: number = Date.now(),
): Promise<string[]> {
  const { current, expired } = sortPendingSites(await readPendingSites(), now)
  const done = expired.map((pending) => pending.site)
  const granted: string[] = []
  for (const { site } of current) {
    const parsed = parseSitePattern(site)
    if (!parsed.ok) {
      done.push(site)
      continue
    }
    const { origins } = parsed.value
    const named = added.some((grant) => origins.some((origin) => grantNamesSite(grant, origin)))
    if (named && (await browser.permissions.contains({ origins }))) granted.push(site)
  }
  if (granted.length > 0) {
    await updateAutoSettings((settings) =>
      granted.reduce((next, site) => withRule(next, site, now), settings),
    )
  }
  done.push(...granted)
  if (done.length > 0) await forgetPendingSites(done)
  return granted
}
