/**
 * A pending "Always open" site is turned on only by a grant that names it: a later grant for
 * every site ("detect on every site") must not turn on a site whose own prompt was refused.
 */
import { describe, expect, it } from 'vitest'
import { grantNamesSite } from '../../../src/auto/grant-names-site.ts'
import { EVERY_SITE_ORIGINS } from '../../../src/auto/registrations.ts'
import { parseSitePattern } from '../../../src/auto/site-pattern.ts'

const origins = (site: string): string[] => {
  const parsed = parseSitePattern(site)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value.origins
}
const names = (grants: readonly string[], site: string): boolean =>
  grants.some((grant) => origins(site).some((origin) => grantNamesSite(grant, origin)))

describe('grantNamesSite', () => {
  it('the site’s own origins, as the popup asked for them, name it', () => {
    expect(names(origins('dnyuz.com'), 'dnyuz.com')).toBe(true)
  })

  it('a pattern for the site or a parent domain names it', () => {
    expect(names(['*://*.dnyuz.com/*'], 'dnyuz.com')).toBe(true)
    expect(names(['https://news.dnyuz.com/*'], 'news.dnyuz.com')).toBe(true)
    expect(names(['https://*.yahoo.com/*'], 'news.yahoo.com')).toBe(true)
  })

  it('every site, another site, or a look-alike does not', () => {
    expect(names(EVERY_SITE_ORIGINS, 'dnyuz.com')).toBe(false)
    expect(names(['<all_urls>'], 'dnyuz.com')).toBe(false)
    expect(names(origins('msn.com'), 'dnyuz.com')).toBe(false)
    expect(names(['https://notdnyuz.com/*'], 'dnyuz.com')).toBe(false)
    expect(names(['https://*.news.dnyuz.com/*'], 'dnyuz.com')).toBe(false)
  })
})
