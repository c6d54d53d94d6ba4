/**
 * The plain data that core hands to every caller (content script, popup, reader, CLI).
 * Everything here is JSON-serialisable so it can cross extension message boundaries.
 */

/** Why the page was (or was not) judged an aggregator's copy: one line each, for the UI. */
export interface Signal {
  /** Machine-readable family of the signal, e.g. `attribution`, `canonical`, `site-adapter`. */
  kind: SignalKind
  /** Human-readable detail, e.g. `"The post … appeared first on New York Times."`. */
  detail: string
  /** How much this signal alone says the page is a copy (0..1). Negative evidence is < 0. */
  weight: number
}

export type SignalKind =
  | 'attribution'
  | 'canonical'
  | 'og-url'
  | 'json-ld'
  | 'site-adapter'
  | 'duplicated-nav'
  | 'original-publisher'
  | 'no-article'

export interface Detection {
  isAggregator: boolean
  /** 0..1: how sure we are of `isAggregator`. */
  confidence: number
  /** Whether the page looks like it holds one article at all (not a home page or a list). */
  hasArticle: boolean
  signals: Signal[]
}

export type SourceKind = 'original' | 'publisher' | 'canonical' | 'page'

export interface Source {
  url: string
  label: string
  kind: SourceKind
}

export interface Article {
  title: string
  byline: string | null
  siteName: string | null
  publishedTime: string | null
  lang: string | null
  dir: 'ltr' | 'rtl' | null
  excerpt: string | null
  leadImage: string | null
  /** Sanitized HTML of the story body. Safe to render in an extension page. */
  html: string
  /** Plain text, paragraphs separated by blank lines. */
  text: string
  wordCount: number
  readingTimeMinutes: number
}

export interface ExtractionResult {
  isAggregator: boolean
  detection: { confidence: number; signals: Array<{ kind: string; detail: string }> }
  article: Article | null
  noArticleReason: string | null
  sources: Source[]
}
