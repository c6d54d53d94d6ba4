/**
 * What a user types to name a site ("dnyuz.com", "https://www.msn.com/en-us/news/…",
 * "*://*.yahoo.com/news/*") → the match patterns a content script is registered for and the
 * host permissions the browser is asked for. Pure but for its messages (t(), which reads the
 * browser's i18n), unit-tested.
 */
import { t } from '../i18n/t.ts'

export interface SitePattern {
  /** The normalised form stored in a rule and shown in the list: a host name or a match pattern. */
  site: string
  /** Where the content script runs (`scripting.registerContentScripts` `matches`). */
  matches: string[]
  /**
   * What access is asked for (`permissions.request` `origins`), given back and checked. Paths
   * play no part in host access. Only http and https, each spelled out: see `accessOrigins`.
   */
  origins: string[]
}

export type SitePatternResult = { ok: true; value: SitePattern } | { ok: false; message: string }

// A DNS name of letters, digits and hyphens, at least two labels (no bare "localhost" or TLD).
const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(\/.*)$/

// The host access a site needs, in shapes the manifest's `optional_host_permissions` (every http
// site, every https site) covers. Chromium lets an extension request only a pattern that is a
// subset of one declared pattern, and scheme `*` (http and https together) is a subset of
// neither, so `*://host/*` is refused with "Only permissions specified in the manifest may be
// requested" (Firefox refuses it too). A `*` scheme therefore becomes both schemes.
// tests/extension/auto/requested-origins.test.ts checks every origin against the manifest.
export function accessOrigins(scheme: string, host: string): string[] {
  const schemes = scheme === '*' ? ['https', 'http'] : [scheme]
  return schemes.map((name) => `${name}://${host}/*`)
}

function fail(message: string): SitePatternResult {
  return { ok: false, message }
}

function hostOnly(host: string): SitePatternResult {
  // "www.dnyuz.com" and "dnyuz.com" name the same site; subdomains are always included.
  const bare = host.replace(/^www\./, '')
  if (!HOST.test(bare)) return fail(t('rulesNotSiteName', { site: host }))
  return {
    ok: true,
    value: {
      site: bare,
      // `*://` is right for content scripts (both browsers read it as http and https).
      matches: [`*://${bare}/*`, `*://*.${bare}/*`],
      origins: [...accessOrigins('*', bare), ...accessOrigins('*', `*.${bare}`)],
    },
  }
}

function matchPattern(scheme: string, host: string, path: string): SitePatternResult {
  if (host === '*') {
    return fail(t('rulesOneSite', { setting: t('optionsEverywhereLabel') }))
  }
  const name = host.startsWith('*.') ? host.slice(2) : host
  if (!HOST.test(name)) return fail(t('rulesNotSiteInPattern', { site: host }))
  const site = `${scheme}://${host}${path}`
  return { ok: true, value: { site, matches: [site], origins: accessOrigins(scheme, host) } }
}

/** Parses a host name, a page address or a match pattern. */
export function parseSitePattern(input: string): SitePatternResult {
  const text = input.trim().toLowerCase()
  if (text === '') return fail(t('rulesTypeSite'))
  if (text === '<all_urls>') return matchPattern('*', '*', '/*')
  // A wildcard makes it a match pattern; without one, an address or a host name.
  if (text.includes('*')) {
    const pattern = MATCH_PATTERN.exec(text)
    if (!pattern) {
      return fail(t('rulesNotPattern', { pattern: input.trim() }))
    }
    const [, scheme = '*', host = '', path = '/*'] = pattern
    return matchPattern(scheme, host, path)
  }
  // A pasted address: keep its host. Anything else must be a bare host name.
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    let url: URL
    try {
      url = new URL(text)
    } catch {
      return fail(t('rulesNotAddress', { address: input.trim() }))
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return fail(t('rulesWebOnly'))
    }
    return hostOnly(url.hostname)
  }
  return hostOnly(text.replace(/\/.*$/, '').replace(/:\d+$/, ''))
}

/** Whether a page address falls under a site rule (the same test the browser's matcher makes). */
export function siteMatchesUrl(site: SitePattern, pageUrl: string): boolean {
  let url: URL
  try {
    url = new URL(pageUrl)
  } catch {
    return false
  }
  return site.matches.some((pattern) => {
    const parsed = MATCH_PATTERN.exec(pattern)
    if (!parsed) return false
    const [, scheme = '*', host = '', path = '/*'] = parsed
    const protocol = url.protocol.slice(0, -1)
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol)
      return false
    const hostOk = host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(`.${host.slice(2)}`)
      : url.hostname === host
    if (!hostOk) return false
    const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
    return glob.test(url.pathname + url.search)
  })
}
