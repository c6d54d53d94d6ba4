/** Display wording for story metadata. */
import { t, uiLanguage } from '../i18n/t.ts'

/**
 * "By Jane Doe" in the reader's language. A "By"/"Von"/"Por"… the page wrote itself (stories saved
 * before core dropped it) is dropped first, so it is never doubled or left in another language.
 */
export function formatByline(byline: string): string {
  const names = byline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:by|von|por|par|di|door|بقلم)\s*[:：]?\s+/i, '')
  return t('storyByline', { names })
}

/** A date as the reader's locale writes it; the page's own text when it is not a date. */
// Made once: building an Intl formatter costs far more than formatting (a list of fifty dates
// built fifty of them on every render).
let longDate: { lang: string; format: Intl.DateTimeFormat } | null = null

export function formatDate(value: string): { text: string; iso: string | null } {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return { text: value, iso: null }
  const lang = uiLanguage()
  if (longDate?.lang !== lang) {
    longDate = { lang, format: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }) }
  }
  return {
    text: longDate.format.format(date),
    iso: date.toISOString(),
  }
}

let numberFormat: { lang: string; format: Intl.NumberFormat } | null = null

/** A number as the reader's language writes it (digits, grouping). */
export function formatNumber(value: number): string {
  const lang = uiLanguage()
  if (numberFormat?.lang !== lang) numberFormat = { lang, format: new Intl.NumberFormat(lang) }
  return numberFormat.format.format(value)
}

let minutesFormat: Intl.NumberFormat | null = null

/** "3 min read", with the number and unit as the reader's language writes them. */
export function formatReadingTime(minutes: number): string {
  minutesFormat ??= new Intl.NumberFormat(uiLanguage(), {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
  })
  return t('storyReadingTime', { duration: minutesFormat.format(Math.max(1, Math.round(minutes))) })
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
