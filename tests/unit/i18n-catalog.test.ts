/**
 * The message catalogs and their conversion to the browsers' messages.json: every language has
 * every English message with the same parameters, no two areas share a key, the manifest names
 * only messages that exist, and the conversion keeps `$` literal and parameters in `t()`'s order.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en, enAreas } from '../../src/i18n/catalog/en/index.ts'
import { LOCALES } from '../../src/i18n/catalog/locales.ts'
import { CATALOG_LANGUAGE_KEY, type MessageKey, paramValues, t } from '../../src/i18n/t.ts'
import { paramNames, toChromeMessage, toMessagesJson } from '../../tools/messages-json.ts'

const EXTRA_PLURAL = /^(.*)_(zero|one|two|few|many)$/

/**
 * Controls whose accessible name is a message of its own (an aria-label naming the site or the
 * story) beside the words they show. Speech-input users say what they see, so the name must
 * hold the shown words, in order (WCAG 2.5.3; axe's label-content-name-mismatch).
 */
const NAMES_HOLDING_SHOWN_WORDS: ReadonlyArray<{ name: MessageKey; shown: MessageKey }> = [
  { name: 'optionsTurnOnLabel', shown: 'optionsTurnOn' },
  { name: 'optionsRemoveLabel', shown: 'optionsRemove' },
  { name: 'optionsGrantLabel', shown: 'optionsGrant' },
  { name: 'readerDeleteLabel', shown: 'readerDelete' },
]

/** Words as axe compares them: lower case, punctuation and symbols dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\{\w+\}/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

function holdsInOrder(name: string[], shown: string[]): boolean {
  for (let start = 0; start + shown.length <= name.length; start++) {
    if (shown.every((word, i) => name[start + i] === word)) return true
  }
  return false
}

/** What Chrome and Firefox do with a messages.json entry and getMessage's substitutions. */
function browserFormat(entry: ReturnType<typeof toChromeMessage>, subs: string[]): string {
  const withPlaceholders = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content =
      entry.placeholders?.[name.toLowerCase()]?.content ?? entry.placeholders?.[name]?.content
    return content ?? whole
  })
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, what: string) =>
    what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
  )
}

describe('message catalogs', () => {
  it('no two areas of the English catalog use one key', () => {
    const seen = new Map<string, string>()
    for (const [area, messages] of Object.entries(enAreas)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined()
        seen.set(key, area)
      }
    }
    expect(seen.size).toBe(Object.keys(en).length)
  })

  it('the name check catches a name that does not hold the shown words', () => {
    expect(holdsInOrder(words('Open {site} in reader view'), words('Turn on'))).toBe(false)
    expect(holdsInOrder(words('Turn on reader view for {site}'), words('Turn on'))).toBe(true)
  })

  it('keys are valid message names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/)
  })

  for (const [lang, catalog] of Object.entries(LOCALES)) {
    it(`${lang}: every English message, with the same parameters, and no stray keys`, () => {
      for (const key of Object.keys(en)) {
        const text = catalog[key]
        expect(text, `${lang} lacks ${key}`).toBeTypeOf('string')
        expect(paramNames(text ?? ''), `${lang}.${key}`).toEqual(
          paramNames(en[key as keyof typeof en]),
        )
        expect(text?.trim(), `${lang}.${key} is empty`).not.toBe('')
      }
      for (const key of Object.keys(catalog)) {
        if (key in en) continue
        const plural = EXTRA_PLURAL.exec(key)
        expect(plural && `${plural[1]}_other` in en, `${lang} has a stray key ${key}`).toBe(true)
      }
    })

    it(`${lang}: converts to messages.json, which says which language it is`, () => {
      const json = toMessagesJson(catalog, en, lang)
      expect(json[CATALOG_LANGUAGE_KEY]).toEqual({ message: lang.replace('_', '-') })
    })

    it(`${lang}: each control's accessible name holds the words it shows`, () => {
      for (const { name, shown } of NAMES_HOLDING_SHOWN_WORDS) {
        const nameWords = words(catalog[name] ?? '')
        const shownWords = words(catalog[shown] ?? '')
        expect(shownWords.length, `${lang}.${shown}`).toBeGreaterThan(0)
        expect(holdsInOrder(nameWords, shownWords), `${lang}.${name} holds ${lang}.${shown}`).toBe(
          true,
        )
      }
    })
  }

  it('the manifest names only messages that exist', () => {
    const manifest = readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '')
    expect(names.length).toBeGreaterThan(3)
    for (const name of names) expect(en).toHaveProperty(name)
  })
})

describe('messages.json conversion', () => {
  it('the language message is the build’s: a catalog may not write it', () => {
    expect(() => toMessagesJson({ [CATALOG_LANGUAGE_KEY]: 'de' }, en, 'de')).toThrow(
      CATALOG_LANGUAGE_KEY,
    )
    expect(en).not.toHaveProperty(CATALOG_LANGUAGE_KEY)
  })

  it('passes parameters in the order t() sends them, whatever order the text uses', () => {
    const english = 'Imported {count} of {total} from {file}'
    const german = 'Aus {file}: {count} von {total} importiert'
    const params = { total: 9, file: 'pocket.csv', count: 3 }
    const subs = paramValues(params)
    expect(browserFormat(toChromeMessage('k', english, english), subs)).toBe(
      'Imported 3 of 9 from pocket.csv',
    )
    expect(browserFormat(toChromeMessage('k', german, english), subs)).toBe(
      'Aus pocket.csv: 3 von 9 importiert',
    )
  })

  it('keeps a literal $ literal', () => {
    const entry = toChromeMessage('k', 'Costs $5 for {what}', 'Costs $5 for {what}')
    expect(browserFormat(entry, ['x'])).toBe('Costs $5 for x')
  })

  it('refuses a translation that names a parameter the English text does not', () => {
    expect(() => toChromeMessage('k', 'Hallo {name}', 'Hello')).toThrow(/name/)
  })

  it('t() formats from the fallback catalog in Node', () => {
    expect(t('extName')).toBe('Upstream')
  })
})
