/** URL helpers: tracking parameters, same-site tests, absolute URLs. */

// Parameters that identify a campaign or a click, never the document. Matched case-insensitively.
const TRACKING_PARAM = new RegExp(
  '^(utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|' +
    'twclid|ttclid|li_fat_id|_hsenc|_hsmi|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|' +
    'ocid|cvid|smid|smtyp|cmpid|cmp|icid|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|' +
    'ns_fee|ref_src|ref_url|sr_share|guccounter|guce_referrer|guce_referrer_sig|soc_src|soc_trk|' +
    'taid|feedtype|at_medium|at_campaign|at_custom\\d*)$',
  'i',
)

/** Parses an absolute http(s) URL, or one relative to `base`; null for anything else. */
export function parseHttpUrl(href: string | null | undefined, base?: string): URL | null {
  if (!href) return null
  try {
    const url = new URL(href.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** The URL without tracking parameters and without an empty `?` or `#`. */
export function stripTracking(href: string, base?: string): string {
  const url = parseHttpUrl(href, base)
  if (!url) return href
  // Collected with forEach: in a Firefox content script the keys() iterator cannot be spread.
  const keys: string[] = []
  url.searchParams.forEach((_value, key) => {
    keys.push(key)
  })
  for (const key of keys) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key)
  // Fragments like #ref=rss or #xtor=… are tracking too; a plain #section anchor is kept.
  if (/^#(xtor|ref|utm_|src)=/i.test(url.hash)) url.hash = ''
  return url.toString()
}

// Second-level labels under which registrable domains sit one level deeper (bbc.co.uk).
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go'])

/** An approximation of the registrable domain ("site"): `www.nytimes.com` → `nytimes.com`. */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.')
  if (labels.length <= 2) return labels.join('.')
  const secondLast = labels[labels.length - 2] ?? ''
  const keep =
    SECOND_LEVEL.has(secondLast) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2
  return labels.slice(-keep).join('.')
}

/** True when both URLs belong to the same site (subdomains of one registrable domain). */
export function sameSite(a: URL, b: URL): boolean {
  return siteOf(a.hostname) === siteOf(b.hostname)
}

/** A readable name for a site from its host: `www.latimes.com` → `latimes.com`. */
export function hostLabel(url: URL): string {
  return url.hostname.replace(/^(www|m|amp|mobile)\./i, '')
}
