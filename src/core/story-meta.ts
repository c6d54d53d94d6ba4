/**
 * The story's own metadata: headline, byline, date, language and direction, lead image. Read
 * from the page before cleaning (the headline sits above the body, in markup cleaning removes)
 * and checked against each other so a related post's headline or date never wins.
 */
import type { ElementIndex } from './element-index.ts'
import type { PageMetadata } from './metadata.ts'
import type { SiteAdapter } from './sites/types.ts'
import { normalizeSpace } from './text.ts'
import { parseHttpUrl } from './url.ts'

export interface StoryMeta {
  title: string | null
  byline: string | null
  publishedTime: string | null
  lang: string | null
  dir: 'ltr' | 'rtl' | null
  leadImage: string | null
  siteName: string | null
}

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)(-|$)/i

function first(index: ElementIndex, selectors: readonly string[] | undefined): Element | null {
  for (const selector of selectors ?? []) {
    const el = index.query(selector).find((e) => normalizeSpace(e.textContent ?? ''))
    if (el) return el
  }
  return null
}

/** Words of a title, for comparing two phrasings of it ("Title | Site" vs "Title"). */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
}

function overlap(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  if (wa.size === 0 || wb.size === 0) return 0
  let shared = 0
  for (const w of wa) if (wb.has(w)) shared++
  return shared / Math.min(wa.size, wb.size)
}

/** Strips " | Site", " - Site" and "Site: " decorations that <title> carries. */
function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|\-–—»·:]\s+/)
  if (parts.length < 2) return title
  const site = siteName?.toLowerCase()
  const kept = parts.filter((p) => p.toLowerCase() !== site)
  const longest = kept.reduce((a, b) => (b.length > a.length ? b : a), '')
  return longest.split(/\s+/).length >= 3 ? longest : title
}

function chooseTitle(
  index: ElementIndex,
  meta: PageMetadata,
  adapter: SiteAdapter | null,
  siteName: string | null,
): string | null {
  const docTitle = normalizeSpace(index.query('title')[0]?.textContent ?? '')
  const fromTemplate = first(index, adapter?.title)
  if (fromTemplate) return normalizeSpace(fromTemplate.textContent ?? '')
  const declared =
    meta.ld?.headline ?? meta.ogTitle ?? (docTitle ? stripSiteName(docTitle, siteName) : null)
  // The page's h1s: the story's headline is the one the metadata agrees with.
  const h1s = index
    .query('h1')
    .map((h) => normalizeSpace(h.textContent ?? ''))
    .filter((t) => t.length > 3)
  if (declared) {
    const agreeing = h1s.find((h) => overlap(h, declared) >= 0.8)
    if (agreeing) return agreeing
    if (siteName && declared.toLowerCase() === siteName.toLowerCase()) return h1s[0] ?? null
    return stripSiteName(declared, siteName)
  }
  return h1s.length === 1 ? (h1s[0] ?? null) : null
}

/**
 * The first element matching `selectors` that sits with the headline: searched in the
 * headline's ancestors, nearest first, so a related post's byline or date further down never wins.
 */
function nearHeadline(
  index: ElementIndex,
  headline: Element | null,
  selectors: readonly string[] | undefined,
  storyBody: Element | null,
): Element | null {
  if (!selectors?.length) return null
  // Story metadata is printed above the story; anything after the body belongs to other posts.
  const beforeBody = (el: Element) =>
    !storyBody || (el.compareDocumentPosition(storyBody) & 4) !== 0
  let scope: Element | null = headline?.parentElement ?? null
  for (let depth = 0; scope && depth < 5; depth++, scope = scope.parentElement) {
    if (scope.tagName === 'BODY') break
    for (const selector of selectors) {
      const el = [...scope.querySelectorAll(selector)].find(beforeBody)
      if (el && normalizeSpace(el.textContent ?? '')) return el
    }
  }
  return headline ? null : first(index, selectors)
}

function cleanByline(text: string | null | undefined): string | null {
  if (!text) return null
  const cleaned = normalizeSpace(text).replace(/^(by|von|por|par|di|door|بقلم)\s*[:：]?\s+/i, '')
  return cleaned.length > 1 && cleaned.length < 120 ? cleaned : null
}

function chooseDate(
  index: ElementIndex,
  meta: PageMetadata,
  adapter: SiteAdapter | null,
  headline: Element | null,
  storyBody: Element | null,
): string | null {
  // Machine-readable dates first: the page-level metadata describes this story, not a related one.
  const declared = meta.ld?.datePublished ?? meta.publishedTime
  if (declared) return declared
  const el = nearHeadline(index, headline, adapter?.published, storyBody)
  if (!el) return null
  const time = el.matches('time') ? el : el.querySelector('time')
  return time?.getAttribute('datetime') ?? (normalizeSpace(el.textContent ?? '') || null)
}

function chooseLang(index: ElementIndex): { lang: string | null; dir: 'ltr' | 'rtl' | null } {
  const html = index.all[0]
  const body = index.query('body')[0]
  const lang =
    html?.getAttribute('lang') ||
    body?.getAttribute('lang') ||
    index.query('meta[http-equiv="content-language" i]')[0]?.getAttribute('content') ||
    null
  const declared = (html?.getAttribute('dir') || body?.getAttribute('dir') || '').toLowerCase()
  const dir =
    declared === 'rtl' || declared === 'ltr'
      ? declared
      : lang && RTL_LANGS.test(lang)
        ? 'rtl'
        : lang
          ? 'ltr'
          : null
  return { lang: lang ? lang.trim() : null, dir }
}

export function readStoryMeta(
  index: ElementIndex,
  meta: PageMetadata,
  adapter: SiteAdapter | null,
  pageUrl: string,
): StoryMeta {
  const siteName = meta.ogSiteName
  const headline = first(index, adapter?.title)
  const storyBody = first(index, adapter?.content)
  const bylineEl = nearHeadline(index, headline, adapter?.byline, storyBody)
  const image = parseHttpUrl(meta.ogImage, pageUrl)
  return {
    title: chooseTitle(index, meta, adapter, siteName),
    byline:
      cleanByline(bylineEl?.textContent) ??
      cleanByline(meta.ld?.author) ??
      cleanByline(meta.author),
    publishedTime: chooseDate(index, meta, adapter, headline, storyBody),
    ...chooseLang(index),
    leadImage: image?.href ?? null,
    siteName,
  }
}
