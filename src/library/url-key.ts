/**
 * One key per story address, so that the variants of one page find each other: tracking
 * parameters, `http`/`https`, `www.`/`m.`/`mobile.`/`amp.` hosts, AMP paths (`/amp`, `?amp=1`,
 * `outputType=amp`), Google's AMP cache (`cdn.ampproject.org/c/s/<host>/<path>`), trailing
 * slashes, fragments and letter case in the host all collapse to the same key.
 */
import { parseHttpUrl, stripTracking } from '../core/url.ts'

const AMP_CACHE = /(^|\.)cdn\.ampproject\.org$/i
const MOBILE_HOST = /^(www|m|mobile|amp)\./i
const AMP_PARAMS = ['amp', 'outputtype', '_gsa', 'usqp', 'amp_js_v', 'amp_gsa', 'aoh']

/** The publisher's URL behind an AMP cache address, or the address itself. */
function unwrapAmpCache(url: URL): URL {
  if (!AMP_CACHE.test(url.hostname)) return url
  // /c/s/www.example.com/path (https) or /c/www.example.com/path (http); /v/ and /i/ for other kinds.
  const match = /^\/[cvi]\/(s\/)?([^/]+)(\/.*)?$/.exec(url.pathname)
  if (!match) return url
  const inner = parseHttpUrl(
    `${match[1] ? 'https' : 'http'}://${match[2]}${match[3] ?? '/'}${url.search}`,
  )
  return inner ?? url
}

/** The comparison key of an address, or null when it is not a web address. */
export function urlKey(href: string): string | null {
  const parsed = parseHttpUrl(stripTracking(href))
  if (!parsed) return null
  const url = unwrapAmpCache(parsed)
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(MOBILE_HOST, '')
  let path = url.pathname
    .replace(/\/amp(\.html?)?\/?$/i, '/')
    .replace(/\.amp(\.html?)$/i, '$1')
    .replace(/\/index\.html?$/i, '/')
    .replace(/\/+$/, '')
  if (path === '') path = '/'
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !AMP_PARAMS.includes(key.toLowerCase()))
    .sort(([a], [b]) => a.localeCompare(b))
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
  return `${host}${path}${query}`
}

/** The distinct keys of several addresses (nulls dropped). */
export function urlKeys(hrefs: Iterable<string>): string[] {
  const keys = new Set<string>()
  for (const href of hrefs) {
    const key = urlKey(href)
    if (key) keys.add(key)
  }
  return [...keys]
}
