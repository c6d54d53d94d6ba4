/** Pure: which granted host patterns name a site (used on `permissions.onAdded`). */
const PATTERN = /^(\*|https?):\/\/([^/]+)\//

/**
 * Whether a granted pattern names this site itself: its scheme and its host (or a `*.` parent
 * of it). A grant for every host ("http://*\/*", switched on with "detect on every site") names
 * no site, so it never turns on a site whose own prompt the user may have refused.
 */
export function grantNamesSite(granted: string, siteOrigin: string): boolean {
  const [, gScheme, gHost] = PATTERN.exec(granted) ?? []
  const [, sScheme, sHost] = PATTERN.exec(siteOrigin) ?? []
  if (!gScheme || !gHost || !sScheme || !sHost || gHost === '*') return false
  if (gScheme !== '*' && gScheme !== sScheme) return false
  const bare = sHost.replace(/^\*\./, '')
  if (gHost === sHost || gHost === bare) return true
  return gHost.startsWith('*.') && (bare === gHost.slice(2) || bare.endsWith(gHost.slice(1)))
}
