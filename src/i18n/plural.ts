/**
 * Counted messages ("1 site" / "3 sites"). The browser's i18n API has no plurals, so a counted
 * message is a family of keys, `<base>_one`, `<base>_other` in English, plus whatever forms a
 * language needs (Arabic: `_zero`, `_two`, `_few`, `_many`), picked with Intl.PluralRules.
 */
import type { MessageKey } from './catalog/en/index.ts'
import { t, uiLanguage, uiTextLanguage } from './t.ts'

/** Bases of the counted messages: keys that have an `_other` form. */
export type CountedBase = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never
}[MessageKey]

/** The extra plural forms a translation may add to a counted message. */
export type ExtraPluralKey = `${CountedBase}_${'zero' | 'two' | 'few' | 'many'}`

let rules: { lang: string; rules: Intl.PluralRules } | null = null

/**
 * The plural form by the rules of the language the messages are in, not the UI's: with a French
 * UI and no French catalog yet, the English forms are shown, and French calls 0 "one".
 */
function pluralCategory(count: number): Intl.LDMLPluralRule {
  const { lang } = uiTextLanguage()
  if (rules?.lang !== lang) rules = { lang, rules: new Intl.PluralRules(lang) }
  return rules.rules.select(count)
}

/**
 * The form of `base` for `count`. `params` are the `_other` form's parameters; `count` is
 * formatted for the UI language and passed as `{count}` when the message names it.
 */
export function tCount(
  base: CountedBase,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const all = { ...params, count: new Intl.NumberFormat(uiLanguage()).format(count) }
  const other = `${base}_other` as MessageKey
  const form = `${base}_${pluralCategory(count)}` as MessageKey
  // The parameters are checked by the catalog test (every form names the same ones), not here.
  const call = t as (key: MessageKey, params: Record<string, string | number>) => string
  // A form the language does not define reads as '' from the browser: fall back to `_other`.
  if (form !== other) {
    const text = safe(() => call(form, all))
    if (text) return text
  }
  return call(other, all)
}

function safe(read: () => string): string {
  try {
    return read()
  } catch {
    return ''
  }
}
