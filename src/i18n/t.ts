/**
 * `t(key, params)`: a message in the browser's UI language, through the browser's own i18n API
 * (`_locales/<lang>/messages.json`, built from src/i18n/catalog by tools/locales-plugin.ts).
 *
 * No webextension-polyfill and no catalog in the bundle: `i18n.getMessage` is synchronous in
 * both browsers and reads the messages the browser already holds for the extension, so every
 * script (the popup's boot script and content scripts included) can use this at no cost.
 *
 * Parameters are passed to the browser in the alphabetical order of their names, which is the
 * order the build gives their `$1…$9` positions (see tools/messages-json.ts): a translation may
 * put them in any order.
 */
import type { EnglishCatalog, MessageKey } from './catalog/en/index.ts'
import type { ParamNames, ParamsOf } from './types.ts'

export type { MessageKey }

/** Keys of messages without parameters: what a table of texts (`Record<…, PlainKey>`) holds. */
export type PlainKey = {
  [K in MessageKey]: [ParamNames<EnglishCatalog[K]>] extends [never] ? K : never
}[MessageKey]

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string
  getUILanguage(): string
}

function browserI18n(): I18nApi | undefined {
  for (const name of ['browser', 'chrome']) {
    const api: unknown = Reflect.get(globalThis, name)
    const i18n: unknown = api && typeof api === 'object' ? Reflect.get(api, 'i18n') : undefined
    if (i18n && typeof Reflect.get(i18n, 'getMessage') === 'function') return i18n as I18nApi
  }
  return undefined
}

/** Where no extension API exists (Node tests), messages come from a catalog given here. */
let fallback: Readonly<Record<string, string>> | null = null

export function setFallbackCatalog(catalog: Readonly<Record<string, string>> | null): void {
  fallback = catalog
}

export function paramValues(params: Record<string, string | number> | undefined): string[] {
  if (!params) return []
  return Object.keys(params)
    .sort()
    .map((name) => String(params[name]))
}

function fromFallback(key: string, params: Record<string, string | number> | undefined): string {
  const text = fallback?.[key]
  if (text === undefined) throw new Error(`No message “${key}” (and no browser i18n API)`)
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  )
}

export function t<K extends MessageKey>(key: K, ...args: ParamsOf<EnglishCatalog[K]>): string {
  const params = args[0] as Record<string, string | number> | undefined
  const api = browserI18n()
  if (!api) return fromFallback(key, params)
  return api.getMessage(key, paramValues(params))
}

/** The browser's UI language ("en-US", "ar"): what Intl formats dates and numbers in. */
export function uiLanguage(): string {
  return browserI18n()?.getUILanguage() ?? globalThis.navigator?.language ?? 'en'
}

/**
 * The key of the one message the build adds to every messages.json (tools/messages-json.ts):
 * that catalog's own language. It tells which catalog the browser is reading from, which the
 * browser does not say: for a UI language without a catalog it falls back to English.
 */
export const CATALOG_LANGUAGE_KEY = 'catalogLanguage'

/** The language the messages are written in ("en", "pt-BR"). */
export function messagesLanguage(): string {
  const api = browserI18n()
  const own = api ? api.getMessage(CATALOG_LANGUAGE_KEY) : fallback?.[CATALOG_LANGUAGE_KEY]
  return own || 'en'
}

/** "rtl" for Arabic, Hebrew…: the predefined message the browser computes from the UI locale. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browserI18n()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr'
}

// Languages written right to left, for a catalog that is not in the UI's language.
const RIGHT_TO_LEFT = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/i

const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? ''

/**
 * The language and direction of the UI's text. When there is a catalog for the browser's UI
 * language, that language (with the browser's region: "de-AT" read from the "de" catalog) and
 * the browser's own direction. When there is none, the browser shows the English catalog,
 * but its `@@bidi_dir` still follows the UI locale (Chromium with an Arabic UI says "rtl"):
 * English text marked `lang="ar" dir="rtl"` would be read aloud with Arabic rules and laid out
 * backwards, so the text's own language and direction are used instead.
 */
export function uiTextLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  const ui = uiLanguage()
  const messages = messagesLanguage()
  if (baseLanguage(ui) === baseLanguage(messages)) return { lang: ui, dir: uiDirection() }
  return { lang: messages, dir: RIGHT_TO_LEFT.test(messages) ? 'rtl' : 'ltr' }
}

/**
 * Sets the language and direction of an extension page (or of the in-page reader's own root),
 * so screen readers pronounce the UI right and it reads right to left in Arabic.
 */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  const { lang, dir } = uiTextLanguage()
  root.lang = lang
  root.dir = dir
}
