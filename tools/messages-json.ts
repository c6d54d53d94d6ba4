/**
 * Turns a catalog (src/i18n/catalog) into the browsers' `_locales/<lang>/messages.json` format.
 *
 * Catalog texts name their parameters in braces ("Saved to {list}"); messages.json wants
 * `$LIST$` and a placeholder whose content is a positional substitution (`$1`). Positions follow
 * the alphabetical order of the English message's parameter names, which is the order `t()`
 * passes them in (src/i18n/t.ts), so a translation may use them in any order. A literal `$`
 * is written `$$`.
 *
 * Each messages.json also gets one message no catalog writes, CATALOG_LANGUAGE_KEY: its own
 * language, so the UI can tell whether the browser found a catalog for its language (see
 * uiTextLanguage in src/i18n/t.ts).
 */
import { CATALOG_LANGUAGE_KEY } from '../src/i18n/t.ts'

export interface ChromeMessage {
  message: string
  placeholders?: Record<string, { content: string }>
}

const PARAM = /\{(\w+)\}/g

export function paramNames(text: string): string[] {
  return [...new Set([...text.matchAll(PARAM)].map((match) => match[1] ?? ''))].sort()
}

/** The English text a key's parameters come from: its own, or for an extra plural form its `_other`. */
function englishFor(key: string, english: Readonly<Record<string, string>>): string {
  const own = english[key]
  if (own !== undefined) return own
  const plural = /^(.*)_(zero|one|two|few|many)$/.exec(key)
  const other = plural ? english[`${plural[1]}_other`] : undefined
  if (other === undefined) throw new Error(`Message “${key}” is not in the English catalog`)
  return other
}

export function toChromeMessage(key: string, text: string, englishText: string): ChromeMessage {
  const names = paramNames(englishText)
  for (const name of paramNames(text)) {
    if (!names.includes(name)) {
      throw new Error(`Message “${key}” uses {${name}}, which the English text does not name`)
    }
  }
  const message = text.replace(/\$/g, '$$$$').replace(PARAM, (_, name: string) => `$${name}$`)
  if (names.length === 0) return { message }
  if (names.length > 9) throw new Error(`Message “${key}” has more than 9 parameters`)
  const placeholders = Object.fromEntries(
    names.map((name, index) => [name, { content: `$${index + 1}` }]),
  )
  return { message, placeholders }
}

/** `lang` is the catalog's folder name under _locales ("en", "pt_BR"). */
export function toMessagesJson(
  catalog: Readonly<Record<string, string>>,
  english: Readonly<Record<string, string>>,
  lang: string,
): Record<string, ChromeMessage> {
  if (CATALOG_LANGUAGE_KEY in catalog) {
    throw new Error(`“${CATALOG_LANGUAGE_KEY}” is written by the build; a catalog may not use it`)
  }
  const messages = Object.fromEntries(
    Object.entries(catalog).map(([key, text]) => [
      key,
      toChromeMessage(key, text, englishFor(key, english)),
    ]),
  )
  return { ...messages, [CATALOG_LANGUAGE_KEY]: { message: lang.replace('_', '-') } }
}
