/**
 * The reading list's records. One `SavedArticle` per story, however many copies of it were saved
 * (each copy's page address is in `copies`); its body lives apart in `SavedContent`, so the list
 * loads without reading every story's text. Plain data, JSON-serialisable: it is also the
 * export format's item shape (see export/upstream-json.ts).
 */
import type { Source } from '../core/types.ts'

export type ReadStatus = 'unread' | 'read' | 'archived'

export const READ_STATUSES: readonly ReadStatus[] = ['unread', 'read', 'archived']

/** One page the story was saved from (an aggregator copy, the original, an AMP variant …). */
export interface SavedCopy {
  url: string
  /** `Date.now()` when this copy was saved or imported. */
  savedAt: number
}

export interface SavedArticle {
  /** Sorts newest first: the save time counted down, then a random part (article-id.ts). */
  id: string
  title: string
  byline: string | null
  siteName: string | null
  publishedTime: string | null
  lang: string | null
  dir: 'ltr' | 'rtl' | null
  excerpt: string | null
  leadImage: string | null
  wordCount: number
  readingTimeMinutes: number
  status: ReadStatus
  /** When the story was first saved (`Date.now()`). The list sorts by it. */
  savedAt: number
  /** When anything about the record last changed. */
  updatedAt: number
  /** Every page the story was saved from, oldest first. */
  copies: SavedCopy[]
  /** Original article, publisher, canonical links, merged over the copies. */
  sources: Source[]
  /** Tags brought in by an import (Pocket, Wallabag); kept, not yet editable. */
  tags: string[]
  /**
   * False for an imported link that came without its text: kept as a link, to be fetched later
   * (a later issue). The reader shows the link instead of a body.
   */
  hasContent: boolean
}

export interface SavedContent {
  id: string
  /** The story body as extracted (sanitized by core; sanitized again when shown). */
  html: string
  /** Plain text, paragraphs separated by blank lines. */
  text: string
}

/** What an importer produces for each item, before it is merged into the list. */
export interface ImportedItem {
  url: string
  title: string
  /** `Date.now()`-style milliseconds; the time of the import when the file has none. */
  savedAt: number
  status: ReadStatus
  tags: string[]
  /** Present when the file carries the text (Wallabag, our own JSON). Untrusted HTML. */
  content: { html: string; text: string } | null
  /** Our own JSON carries the whole record; other formats give what they have. */
  article?: Partial<Omit<SavedArticle, 'id' | 'hasContent'>>
}
