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

/** "rtl" for Arabic, Hebrew…: the predefined message the browser computes from the locale. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browserI18n()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr'
}

/** Sets an extension page's language and direction, so the UI reads right to left in Arabic. */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage()
  root.dir = uiDirection()
}
