/**
 * Numbers, dates and lists in the browser's UI language, for the parameters of messages
 * (`t('listItemSaved', { date: formatDay(savedAt) })`). Formatters are made once per language:
 * building an Intl formatter costs far more than formatting with one (a list of fifty dates
 * would otherwise build fifty).
 */
import { uiLanguage } from './t.ts'

function cachedPerLanguage<F>(make: (lang: string) => F): () => F {
  let made: { lang: string; formatter: F } | null = null
  return () => {
    const lang = uiLanguage()
    if (made?.lang !== lang) made = { lang, formatter: make(lang) }
    return made.formatter
  }
}

const numbers = cachedPerLanguage((lang) => new Intl.NumberFormat(lang))
const days = cachedPerLanguage((lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }))
// "unit" lists are plain enumerations ("3 added, 1 skipped"), joined as the language joins them.
const lists = cachedPerLanguage((lang) => new Intl.ListFormat(lang, { type: 'unit' }))

/** 100000 → "100,000" in English, "١٠٠٬٠٠٠" in Arabic. */
export function formatNumber(value: number): string {
  return numbers().format(value)
}

/** A day, as the UI language writes it in full ("March 14, 2026"); '' for an invalid time. */
export function formatDay(ms: number): string {
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? '' : days().format(date)
}

/** ["a", "b", "c"] → "a, b, c" in English. */
export function formatList(items: readonly string[]): string {
  return lists().format(items)
}
