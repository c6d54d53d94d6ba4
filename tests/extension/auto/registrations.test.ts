import { describe, expect, it } from 'vitest'
import { siteCatalogue } from '../../../src/auto/catalogue.ts'
import { planRegistrations } from '../../../src/auto/registrations.ts'
import { EMPTY_AUTO_SETTINGS, withRule, withRuleEnabled } from '../../../src/auto/rules.ts'

const settings = withRule(withRule(EMPTY_AUTO_SETTINGS, 'dnyuz.com', 1), 'msn.com', 2)
const none = { sites: new Set<string>(), everySite: false }

describe('planRegistrations', () => {
  it('nothing is registered without rules, or without granted access', () => {
    expect(planRegistrations(EMPTY_AUTO_SETTINGS, none)).toEqual([])
    expect(planRegistrations(settings, none)).toEqual([])
  })

  it('registers the reader script at document_start for granted, enabled sites only', () => {
    const granted = { sites: new Set(['dnyuz.com', 'msn.com']), everySite: false }
    const off = withRuleEnabled(settings, 'msn.com', false)
    expect(planRegistrations(off, granted)).toEqual([
      {
        id: 'upstream-auto-reader',
        js: ['auto-reader.js'],
        matches: ['*://dnyuz.com/*', '*://*.dnyuz.com/*'],
        excludeMatches: [],
        runAt: 'document_start',
      },
    ])
  })

  it('detection everywhere needs both the opt-in and the access, and skips reader sites', () => {
    const everywhere = { ...settings, detectEverywhere: true }
    expect(planRegistrations(everywhere, none)).toEqual([])
    const plan = planRegistrations(everywhere, { sites: new Set(), everySite: true })
    expect(plan.map((s) => s.id)).toEqual(['upstream-auto-reader', 'upstream-auto-detect'])
    expect(plan[1]).toMatchObject({
      js: ['auto-detect.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: plan[0]?.matches,
      runAt: 'document_idle',
    })
  })
})

describe('siteCatalogue', () => {
  it('lists each known aggregator site once, without subdomains of a listed site', () => {
    const sites = siteCatalogue().map((entry) => entry.site)
    expect(sites).toContain('dnyuz.com')
    expect(sites).toContain('msn.com')
    expect(sites).toContain('yahoo.com')
    expect(sites).not.toContain('news.yahoo.com')
    expect(new Set(sites).size).toBe(sites.length)
  })
})
