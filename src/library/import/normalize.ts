/**
 * Field clean-up shared by every importer, so a Pocket title and a Wallabag title end up shaped
 * alike: URLs checked, titles trimmed and capped, tags deduplicated and capped, times in ms.
 */
import { parseHttpUrl, stripTracking } from '../../core/url.ts'
import { MAX_TAG_CHARS, MAX_TAGS, MAX_TIME_MS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits.ts'

/**
 * The item's address as an http(s) URL string, or null when the item must be skipped
 * (`javascript:`, `data:`, relative, garbage). Tracking parameters are dropped so a link saved
 * from a newsletter matches the same story saved from the page.
 */
export function importUrl(raw: string | null | undefined): string | null {
  const trimmed = raw?.trim() ?? ''
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS) return null
  // parseHttpUrl accepts relative URLs against a base; an import has no base, so none is given.
  const url = parseHttpUrl(trimmed)
  if (!url || url.hostname === '') return null
  return stripTracking(url.href)
}

/** One line, trimmed, capped; an empty title becomes the URL's host and path. */
export function cleanTitle(raw: string | null | undefined, url: string): string {
  const line = (raw ?? '').replace(/[\s\u00a0]+/g, ' ').trim()
  if (line !== '') return capChars(line, MAX_TITLE_CHARS)
  return capChars(untitled(url), MAX_TITLE_CHARS)
}

/** `https://www.example.com/a/b?x=1` → `www.example.com/a/b`: what a reader recognises. */
function untitled(url: string): string {
  const parsed = parseHttpUrl(url)
  if (!parsed) return url
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '')
  let shown = path
  try {
    shown = decodeURI(path)
  } catch {
    // A malformed escape: show the path as written.
  }
  return parsed.host + shown
}

/** Trimmed, one-line, non-empty, unique (first spelling kept), at most MAX_TAGS of them. */
export function cleanTags(raw: readonly string[]): string[] {
  const tags: string[] = []
  const seen = new Set<string>()
  for (const tag of raw) {
    const clean = capChars(tag.replace(/[\s\u00a0]+/g, ' ').trim(), MAX_TAG_CHARS)
    const key = clean.toLowerCase()
    if (clean === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(clean)
    if (tags.length === MAX_TAGS) break
  }
  return tags
}

/** Splits a separated tag list ("a,b" or "a|b"); empty input gives no tags. */
export function splitTags(raw: string | null | undefined, separator: string): string[] {
  return cleanTags((raw ?? '').split(separator))
}

// 1e11 seconds is the year 5138 while 1e11 ms is 1973: no real save time is ambiguous.
const SECONDS_BELOW = 1e11

/**
 * A save time in `Date.now()` milliseconds from Unix seconds, milliseconds, a numeric string or
 * an ISO date. Missing, zero, negative or unreadable → `now` (the brief's "time of the import").
 */
export function toMillis(raw: string | number | null | undefined, now: number): number {
  if (raw === null || raw === undefined) return now
  let value: number
  if (typeof raw === 'number') value = raw
  else {
    const text = raw.trim()
    if (text === '') return now
    value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text)
  }
  if (!Number.isFinite(value) || value <= 0) return now
  const ms = value < SECONDS_BELOW ? value * 1000 : value
  // Past year 9999 a Date cannot even be printed: treat as unreadable.
  return ms > MAX_TIME_MS ? now : Math.round(ms)
}

/** Cuts at a code-point boundary so no lone surrogate is left at the end. */
export function capChars(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut
}
