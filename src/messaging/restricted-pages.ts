/**
 * Pages no extension may read, recognised from the tab's URL before trying and from the error
 * `executeScript` gives when trying anyway (the URL is not always known: without a grant for
 * the tab the browser leaves `tab.url` empty).
 */
import type { ExtractTrigger, Restriction } from './outcome.ts'

const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-untrusted:',
  'chrome-search:',
  'chrome-extension:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
])

/**
 * Hosts browsers shield from every extension: their add-on stores, and in Firefox the hosts in
 * `extensions.webextensions.restrictedDomains` (accounts, support and add-on CDNs).
 */
const PROTECTED_HOSTS = new Set([
  'chromewebstore.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
  'discovery.addons.mozilla.org',
  'addons.cdn.mozilla.net',
  'accounts.firefox.com',
  'accounts-static.cdn.mozilla.net',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
])

function isProtectedSite(url: URL): boolean {
  if (PROTECTED_HOSTS.has(url.hostname)) return true
  // The old Chrome Web Store address still serves the store.
  if (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore')) return true
  return url.hostname === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons')
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The restriction a URL alone proves, or null when only trying can tell. */
export function restrictionForUrl(pageUrl: string | null): Restriction | null {
  if (!pageUrl) return null
  if (pageUrl.startsWith('view-source:')) return 'view-source'
  const url = parse(pageUrl)
  if (!url) return null
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page'
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return isProtectedSite(url) ? 'extension-store' : null
  }
  // file: is readable once the user allows file access; only trying tells.
  if (url.protocol === 'file:') return null
  return 'not-web'
}

function looksLikePdf(pageUrl: string | null): boolean {
  const url = pageUrl ? parse(pageUrl) : null
  return url !== null && /\.pdf$/i.test(url.pathname)
}

/**
 * The restriction behind an executeScript error, or null for a real failure. The messages are
 * Chromium's and Firefox's own wording, which is all the API gives us to tell them apart.
 */
export function restrictionForError(
  message: string,
  pageUrl: string | null,
  trigger: ExtractTrigger,
): Restriction | null {
  if (
    /extensions gallery cannot be scripted|cannot be scripted due to an ExtensionsSettings/i.test(
      message,
    )
  )
    return 'extension-store'
  if (/Cannot access a (chrome|chrome-extension|edge|about):|chrome:\/\/|about:/i.test(message))
    return 'browser-page'
  if (pageUrl?.startsWith('file:') || /file:\/\//i.test(message)) return 'file-access'
  // Firefox's PDF viewer runs with a privileged principal: scripting it fails like a
  // permission error, so the URL is the only hint left.
  if (looksLikePdf(pageUrl)) return 'pdf'
  if (/Cannot access contents of|Missing host permission|must request permission/i.test(message)) {
    // Right after a gesture the grant exists, so the page itself is off limits; later, the
    // grant has most likely ended.
    return trigger === 'gesture' ? 'unreadable' : 'no-permission'
  }
  return null
}
