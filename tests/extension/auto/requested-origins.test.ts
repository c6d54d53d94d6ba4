/**
 * Every host access Upstream can ask the browser for must be inside what the manifest offers
 * (`optional_host_permissions`), under the browsers' own rule (host-permission-subset.ts);
 * otherwise the browser refuses the request before showing any prompt, and the site can never be
 * turned on. The product asks through one function (auto/access-request.ts), with origins from
 * parseSitePattern (options page, popup, stored rules) or EVERY_SITE_ORIGINS.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteCatalogue } from '../../../src/auto/catalogue.ts'
import { EVERY_SITE_ORIGINS } from '../../../src/auto/registrations.ts'
import { resolveRule } from '../../../src/auto/rules.ts'
import { parseSitePattern } from '../../../src/auto/site-pattern.ts'
import { manifestFor, readManifestSource, type Target } from '../../../tools/manifest.ts'
import { containsPattern, coveredBy } from './host-permission-subset.ts'

const ROOT = join(import.meta.dirname, '../../..')

function optionalHostPermissions(target: Target): string[] {
  const manifest = manifestFor(readManifestSource(join(ROOT, 'manifest.json')), target)
  return manifest.optional_host_permissions ?? []
}

function originsFor(input: string): string[] {
  const parsed = parseSitePattern(input)
  if (!parsed.ok) throw new Error(`${input}: ${parsed.message}`)
  return parsed.value.origins
}

/** What a user can name, in each form the options page, the popup and imports accept. */
const SITE_INPUTS = [
  ...siteCatalogue().map((entry) => entry.site),
  // typed host names, any case, with www. or a port
  'dnyuz.com',
  '  DNYUZ.com  ',
  'www.dnyuz.com',
  'news.yahoo.com:443',
  // subdomains (the popup passes the page's host name as it is)
  'm.dnyuz.com',
  'news.yahoo.com',
  'www.msn.com',
  // page addresses
  'https://www.msn.com/en-us/news/world/some-story/ar-AA1',
  'http://dnyuz.com/2026/01/30/some-story/?utm_source=x',
  // match patterns with each scheme
  '*://*.yahoo.com/news/*',
  '*://dnyuz.com/*',
  'https://dnyuz.com/*',
  'http://*.dnyuz.com/2026/*',
  'https://*.newsbreak.com/*',
]

describe('the host access Upstream asks for', () => {
  const requests: [string, string[]][] = [
    ...SITE_INPUTS.map((input): [string, string[]] => [input, originsFor(input)]),
    // a stored rule (rules keep only `site`; their origins are derived when asked)
    ...['dnyuz.com', '*://*.yahoo.com/news/*'].map((site): [string, string[]] => [
      `stored rule ${site}`,
      resolveRule({ site, enabled: true, addedAt: 1 })?.pattern.origins ?? [],
    ]),
    ['"Detect aggregator copies on every site"', EVERY_SITE_ORIGINS],
  ]

  it.each(['chrome', 'firefox'] as const)('is all inside the %s manifest', (target) => {
    const declared = optionalHostPermissions(target)
    expect(declared.length).toBeGreaterThan(0)
    const refused = requests.flatMap(([input, origins]) =>
      origins.filter((origin) => !coveredBy(declared, origin)).map((o) => `${input} → ${o}`),
    )
    expect(refused).toEqual([])
    expect(requests.every(([, origins]) => origins.length > 0)).toBe(true)
  })

  it('covers the site itself, its subdomains, over http and https', () => {
    const origins = originsFor('dnyuz.com')
    for (const wanted of ['https://dnyuz.com/*', 'http://dnyuz.com/*', 'https://m.dnyuz.com/*']) {
      expect(coveredBy(origins, wanted), wanted).toBe(true)
    }
    expect(coveredBy(origins, 'https://notdnyuz.com/*')).toBe(false)
  })

  it('is asked for in one place only, so no caller can ask with other shapes', () => {
    const callers: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (/permissions\.request\(/.test(readFileSync(path, 'utf8')))
          callers.push(relative(ROOT, path))
      }
    }
    walk(join(ROOT, 'src'))
    expect(callers).toEqual(['src/auto/access-request.ts'])
  })
})

describe('the subset rule (host-permission-subset.ts)', () => {
  it.each([
    // [declared, requested, contained]
    ['https://*/*', 'https://dnyuz.com/*', true],
    ['https://*/*', 'https://*.dnyuz.com/*', true],
    ['http://*/*', 'https://dnyuz.com/*', false],
    // scheme * is http AND https: inside neither alone, only inside another *
    ['https://*/*', '*://dnyuz.com/*', false],
    ['http://*/*', '*://*.dnyuz.com/*', false],
    ['*://*/*', '*://dnyuz.com/*', true],
    ['<all_urls>', '*://dnyuz.com/*', true],
    // *.x inside *.y only where x ends with y; never inside an exact host
    ['https://*.yahoo.com/*', 'https://*.news.yahoo.com/*', true],
    ['https://*.yahoo.com/*', 'https://yahoo.com/*', true],
    ['https://*.news.yahoo.com/*', 'https://*.yahoo.com/*', false],
    ['https://yahoo.com/*', 'https://*.yahoo.com/*', false],
    ['https://*.hoo.com/*', 'https://yahoo.com/*', false],
    // paths play no part
    ['https://dnyuz.com/news/*', 'https://dnyuz.com/*', true],
  ])('%s contains %s: %s', (declared, requested, contained) => {
    expect(containsPattern(declared, requested)).toBe(contained)
  })
})
