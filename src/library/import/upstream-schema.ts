/**
 * Upstream's own reading-list file: every record whole, so export → import loses nothing.
 * Defined once here; the exporter (export/upstream-json.ts) writes exactly this shape and the
 * importer checks it field by field, since a file on disk may have been edited by anyone.
 */

import { z } from 'zod/mini'
import type { SavedArticle, SavedContent } from '../types.ts'
import { MAX_TIME_MS } from './limits.ts'

export const UPSTREAM_FORMAT = 'upstream-reading-list'
export const UPSTREAM_VERSION = 1

// Up to year 9999: a later time cannot be shown as a date, and the file is refused instead.
const time = z.int().check(z.nonnegative(), z.lte(MAX_TIME_MS))
const optionalText = z.nullable(z.string())

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  byline: optionalText,
  siteName: optionalText,
  publishedTime: optionalText,
  lang: optionalText,
  dir: z.nullable(z.enum(['ltr', 'rtl'])),
  excerpt: optionalText,
  leadImage: optionalText,
  wordCount: z.int().check(z.nonnegative()),
  readingTimeMinutes: z.number().check(z.nonnegative()),
  status: z.enum(['unread', 'read', 'archived']),
  savedAt: time,
  updatedAt: time,
  copies: z.array(z.object({ url: z.string(), savedAt: time })),
  sources: z.array(
    z.object({
      url: z.string(),
      label: z.string(),
      kind: z.enum(['original', 'publisher', 'canonical', 'page']),
    }),
  ),
  tags: z.array(z.string()),
  hasContent: z.boolean(),
})

const contentSchema = z.object({ id: z.string(), html: z.string(), text: z.string() })

export const upstreamFileSchema = z.object({
  format: z.literal(UPSTREAM_FORMAT),
  version: z.literal(UPSTREAM_VERSION),
  exportedAt: z.string(),
  items: z.array(z.object({ article: articleSchema, content: z.nullable(contentSchema) })),
})

/** One record as written to the file. */
export interface UpstreamFileItem {
  article: SavedArticle
  content: SavedContent | null
}

export interface UpstreamFile {
  format: typeof UPSTREAM_FORMAT
  version: typeof UPSTREAM_VERSION
  /** ISO 8601 time of the export. */
  exportedAt: string
  items: UpstreamFileItem[]
}

// Compile-time proof that the schema and the record types describe the same thing: if a field
// is added to SavedArticle and not here (or the reverse), one of these lines stops compiling.
type Parsed = z.infer<typeof upstreamFileSchema>
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type SchemaMatchesTypes = Assert<Same<Parsed, UpstreamFile>>
