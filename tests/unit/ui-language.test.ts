/**
 * The language and direction an extension page gets (applyUiLanguage), and the plural rules of
 * counted messages, against a stand-in for the browser's i18n API: the UI language the browser
 * reports, its `@@bidi_dir`, and the catalog it actually reads (English when the UI language
 * has none yet, as Chromium does).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/catalog/en/index.ts'
import { tCount } from '../../src/i18n/plural.ts'
import { CATALOG_LANGUAGE_KEY, uiTextLanguage } from '../../src/i18n/t.ts'
import { paramNames } from '../../tools/messages-json.ts'

interface FakeBrowser {
  ui: string
  bidi: 'ltr' | 'rtl'
  /** The catalog the browser reads messages from (its folder name). */
  catalog: string
}

function pretendBrowser({ ui, bidi, catalog }: FakeBrowser): void {
  const getMessage = (key: string, subs: string[] = []): string => {
    if (key === '@@bidi_dir') return bidi
    if (key === CATALOG_LANGUAGE_KEY) return catalog.replace('_', '-')
    const text: string = en[key as keyof typeof en] ?? ''
    const names = paramNames(text)
    return text.replace(/\{(\w+)\}/g, (_, name: string) => subs[names.indexOf(name)] ?? '')
  }
  Reflect.set(globalThis, 'chrome', { i18n: { getMessage, getUILanguage: () => ui } })
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'chrome')
})

describe('the language and direction of the UI', () => {
  it('is the browser’s when there is a catalog for it, with the browser’s region', () => {
    pretendBrowser({ ui: 'de-AT', bidi: 'ltr', catalog: 'de' })
    expect(uiTextLanguage()).toEqual({ lang: 'de-AT', dir: 'ltr' })
    pretendBrowser({ ui: 'ar', bidi: 'rtl', catalog: 'ar' })
    expect(uiTextLanguage()).toEqual({ lang: 'ar', dir: 'rtl' })
  })

  it('is the catalog’s when the browser fell back to English: no English marked as Arabic', () => {
    // What Chromium reports with an Arabic UI and no Arabic catalog: "ar" and "rtl".
    pretendBrowser({ ui: 'ar', bidi: 'rtl', catalog: 'en' })
    expect(uiTextLanguage()).toEqual({ lang: 'en', dir: 'ltr' })
    pretendBrowser({ ui: 'de', bidi: 'ltr', catalog: 'en' })
    expect(uiTextLanguage()).toEqual({ lang: 'en', dir: 'ltr' })
  })

  it('a right-to-left catalog read for another UI language still reads right to left', () => {
    pretendBrowser({ ui: 'fr', bidi: 'ltr', catalog: 'he' })
    expect(uiTextLanguage()).toEqual({ lang: 'he', dir: 'rtl' })
  })
})

describe('counted messages', () => {
  it('pick the form by the rules of the language they are written in', () => {
    // French calls 0 "one"; the English text shown for a French UI needs English rules.
    pretendBrowser({ ui: 'fr', bidi: 'ltr', catalog: 'en' })
    expect(tCount('rulesImported', 0)).toBe('Imported 0 sites.')
    expect(tCount('rulesImported', 1)).toBe('Imported 1 site.')
  })

  it('format the count for the UI language', () => {
    pretendBrowser({ ui: 'de', bidi: 'ltr', catalog: 'en' })
    expect(tCount('rulesImported', 1200)).toBe('Imported 1.200 sites.')
  })
})
