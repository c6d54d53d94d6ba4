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
  /** What `detail` says, as data: interfaces word it in the reader's language. */
  note: SignalNote
}

/** Why a page holds no article, for interfaces to explain in their own words. */
export type NoArticleCode =
  | 'home-page'
  | 'list-page'
  | 'story-list'
  | 'not-one-story'
  | 'nothing-found'
  | 'too-little-text'
  | 'headline-list'

export const NO_ARTICLE_CODES: readonly NoArticleCode[] = [
  'home-page',
  'list-page',
  'story-list',
  'not-one-story',
  'nothing-found',
  'too-little-text',
  'headline-list',
]

/** A signal's content as data (see Signal.note). */
export type SignalNote =
  /** A line of the page's own text (an attribution line), shown as the page wrote it. */
  | { code: 'line'; text: string }
  /** A page field (canonical, og:url, a JSON-LD property) that points to another site. */
  | { code: 'points-to'; field: string; host: string }
  /** A JSON-LD property that names an organisation without a link. */
  | { code: 'names'; field: string; name: string }
  /** A known template; `republishes`: a portal that republishes other publishers' stories. */
  | { code: 'template'; name: string; republishes: boolean }
  /** Navigation or search blocks printed more than once. */
  | { code: 'repeated-blocks'; blocks: number; copies: number }
  /** Why the page is not one story. */
  | { code: 'no-article'; reason: NoArticleCode }

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
  /**
   * The page shows only part of the story (a summary and a "Read more" link to the original):
   * interfaces lead with the original. Absent means not known to be an excerpt.
   */
  isExcerpt?: boolean
}

export interface ExtractionResult {
  isAggregator: boolean
  detection: {
    confidence: number
    signals: Array<{ kind: string; detail: string; note?: SignalNote }>
  }
  article: Article | null
  noArticleReason: string | null
  /** `noArticleReason` as a code, for interfaces that explain it in the reader's language. */
  noArticleCode?: NoArticleCode | null
  sources: Source[]
}
