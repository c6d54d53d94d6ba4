import { describe, expect, it } from 'vitest'
import {
  type AutoSettings,
  EMPTY_AUTO_SETTINGS,
  exportRules,
  mergeImported,
  parseRulesImport,
  readAutoSettings,
  withoutRule,
  withRule,
  withRuleEnabled,
} from '../../../src/auto/rules.ts'
import { t } from '../../../src/i18n/t.ts'

const withDnyuz: AutoSettings = withRule(EMPTY_AUTO_SETTINGS, 'dnyuz.com', 1000)

describe('stored auto reader settings', () => {
  it('nothing stored reads as no rules and detection everywhere off', () => {
    expect(readAutoSettings(undefined)).toEqual({
      version: 1,
      rules: [],
      detectEverywhere: false,
    })
  })

  it('a record that does not validate is not guessed at', () => {
    expect(readAutoSettings({ version: 2, rules: [], detectEverywhere: true })).toEqual(
      EMPTY_AUTO_SETTINGS,
    )
    expect(readAutoSettings({ version: 1, rules: 'x', detectEverywhere: false })).toEqual(
      EMPTY_AUTO_SETTINGS,
    )
  })

  it('drops a stored rule whose site no longer parses, keeps the others', () => {
    const raw = {
      version: 1,
      detectEverywhere: false,
      rules: [
        { site: 'dnyuz.com', enabled: true, addedAt: 1 },
        { site: '*://*/*', enabled: true, addedAt: 2 },
      ],
    }
    expect(readAutoSettings(raw).rules.map((r) => r.site)).toEqual(['dnyuz.com'])
  })

  it('adding a listed site switches it on instead of listing it twice', () => {
    const off = withRuleEnabled(withDnyuz, 'dnyuz.com', false)
    const again = withRule(off, 'dnyuz.com', 2000)
    expect(again.rules).toEqual([{ site: 'dnyuz.com', enabled: true, addedAt: 1000 }])
  })

  it('removes one rule', () => {
    const two = withRule(withDnyuz, 'msn.com', 2000)
    expect(withoutRule(two, 'dnyuz.com').rules.map((r) => r.site)).toEqual(['msn.com'])
  })
})

describe('export and import', () => {
  it('an export imports back to the same rules', () => {
    const settings = withRule(withRuleEnabled(withDnyuz, 'dnyuz.com', false), 'msn.com', 5)
    const text = JSON.stringify(exportRules(settings, new Date(0)))
    const parsed = parseRulesImport(text)
    expect(parsed).toEqual({ ok: true, rules: settings.rules })
    if (parsed.ok) expect(mergeImported(EMPTY_AUTO_SETTINGS, parsed.rules)).toEqual(settings)
  })

  it('imported sites join the current ones; a site already listed keeps its rule', () => {
    const imported = [
      { site: 'dnyuz.com', enabled: false, addedAt: 7 },
      { site: 'msn.com', enabled: true, addedAt: 8 },
    ]
    expect(mergeImported(withDnyuz, imported).rules).toEqual([
      { site: 'dnyuz.com', enabled: true, addedAt: 1000 },
      { site: 'msn.com', enabled: true, addedAt: 8 },
    ])
  })

  it('normalises imported sites the way the options page does', () => {
    const file = {
      format: 'upstream-auto-reader-rules',
      version: 1,
      rules: [{ site: 'WWW.Dnyuz.com', enabled: true, addedAt: 1 }],
    }
    expect(parseRulesImport(JSON.stringify(file))).toEqual({
      ok: true,
      rules: [{ site: 'dnyuz.com', enabled: true, addedAt: 1 }],
    })
  })

  const rulesFile = (rules: unknown) =>
    JSON.stringify({ format: 'upstream-auto-reader-rules', version: 1, rules })
  const notRules = (problem: string) => t('rulesImportNotRulesBecause', { problem })
  const badSite = (problem: string) => t('rulesImportBadSite', { problem })

  it.each([
    ['not JSON', 'this is { not json', () => t('rulesImportNotJson')],
    [
      'another format',
      JSON.stringify({ format: 'pocket', rules: [] }),
      () => notRules(t('rulesIssueValue', { where: 'format' })),
    ],
    [
      'a rule of the wrong shape',
      rulesFile([{ site: 'dnyuz.com', enabled: 'yes', addedAt: 1 }]),
      () => notRules(t('rulesIssueType', { where: 'rules.0.enabled' })),
    ],
    [
      'too many rules',
      rulesFile(
        Array.from({ length: 1001 }, (_, i) => ({ site: `s${i}.com`, enabled: true, addedAt: 1 })),
      ),
      () => notRules(t('rulesIssueTooBig', { where: 'rules' })),
    ],
    [
      'not an object at all',
      '[]',
      () => notRules(t('rulesIssueType', { where: t('rulesIssueWholeFile') })),
    ],
    [
      'a site that is every site',
      rulesFile([{ site: '<all_urls>', enabled: true, addedAt: 1 }]),
      () => badSite(t('rulesOneSite', { setting: t('optionsEverywhereLabel') })),
    ],
    [
      'a hostile site string',
      rulesFile([{ site: '<img src=x onerror=alert(1)>', enabled: true, addedAt: 1 }]),
      () => badSite(t('rulesNotSiteName', { site: '<img src=x onerror=alert(1)>' })),
    ],
    ['a huge file', `"${'x'.repeat(600 * 1024)}"`, () => t('rulesImportTooLarge')],
  ])('rejects %s with a message that says what is wrong', (_what, text, message) => {
    expect(parseRulesImport(text)).toEqual({ ok: false, message: message() })
  })

  it('the message names where the file is wrong, as the file writes it', () => {
    const parsed = parseRulesImport(rulesFile([{ site: 'dnyuz.com', enabled: 'yes', addedAt: 1 }]))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain('rules.0.enabled')
  })
})
