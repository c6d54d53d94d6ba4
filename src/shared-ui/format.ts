/** Display wording for story metadata. */

/** "By Jane Doe", without doubling a "By" the page already wrote. */
export function formatByline(byline: string): string {
  const clean = byline.replace(/\s+/g, ' ').trim()
  return /^by\s/i.test(clean) ? clean : `By ${clean}`
}

/** A date as the reader's locale writes it; the page's own text when it is not a date. */
// Made once: building an Intl formatter costs far more than formatting (a list of fifty dates
// built fifty of them on every render).
let longDate: Intl.DateTimeFormat | null = null

export function formatDate(value: string): { text: string; iso: string | null } {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return { text: value, iso: null }
  longDate ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long' })
  return {
    text: longDate.format(date),
    iso: date.toISOString(),
  }
}

export function formatReadingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
