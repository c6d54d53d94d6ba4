/**
 * Wallabag's JSON export: an array of entries carrying the article body as HTML. The body is
 * kept (it is what makes Wallabag worth importing from) along with a plain-text version, and
 * the metadata Wallabag extracted fills the article fields it has.
 */
import { z } from 'zod/mini'
import { countWords } from '../../core/text.ts'
import { parseHttpUrl } from '../../core/url.ts'
import { formatNumber } from '../../i18n/format.ts'
import { tCount } from '../../i18n/plural.ts'
import { t } from '../../i18n/t.ts'
import type { ImportedItem } from '../types.ts'
import { formatName } from './format-name.ts'
import { htmlToPlainText } from './html-text.ts'
import { describeIssue } from './issues.ts'
import { MAX_ITEMS } from './limits.ts'
import { cleanTags, cleanTitle, importUrl, toMillis } from './normalize.ts'
import type { ParseResult } from './result.ts'

const FORMAT = 'wallabag-json'

const flag = z.optional(z.nullable(z.union([z.literal(0), z.literal(1), z.boolean()])))
const text = z.optional(z.nullable(z.string()))

const entrySchema = z.object({
  url: z.string(),
  title: text,
  is_archived: flag,
  is_starred: flag,
  content: text,
  created_at: text,
  published_at: text,
  tags: z.optional(z.nullable(z.array(z.union([z.string(), z.object({ label: z.string() })])))),
  reading_time: z.optional(z.nullable(z.number().check(z.nonnegative()))),
  domain_name: text,
  preview_picture: text,
  language: text,
  published_by: z.optional(z.nullable(z.array(z.string()))),
})

type Entry = z.infer<typeof entrySchema>

export function parseWallabagJson(data: unknown, now: number): ParseResult {
  if (Array.isArray(data) && data.length > MAX_ITEMS) {
    return {
      ok: false,
      message: tCount('importTooManyEntries', data.length, {
        format: formatName(FORMAT),
        max: formatNumber(MAX_ITEMS),
      }),
    }
  }
  const checked = z.safeParse(z.array(entrySchema), data)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return {
      ok: false,
      message: issue
        ? describeIssue(issue, data, { format: FORMAT, unit: 'entry' })
        : t('importUnreadable', { format: formatName(FORMAT) }),
    }
  }
  const items: ImportedItem[] = []
  let skipped = 0
  for (const entry of checked.data) {
    const item = toItem(entry, now)
    if (item) items.push(item)
    else skipped++
  }
  return { ok: true, items, skipped }
}

function toItem(entry: Entry, now: number): ImportedItem | null {
  const url = importUrl(entry.url)
  if (!url) return null
  const html = entry.content?.trim() ? entry.content : null
  const plain = html === null ? null : htmlToPlainText(html)
  const labels = (entry.tags ?? []).map((tag) => (typeof tag === 'string' ? tag : tag.label))
  const byline = (entry.published_by ?? []).map((name) => name.trim()).filter(Boolean)

  const article: NonNullable<ImportedItem['article']> = {}
  if (byline.length > 0) article.byline = byline.join(', ')
  if (entry.domain_name?.trim()) article.siteName = entry.domain_name.trim()
  if (entry.published_at?.trim()) article.publishedTime = entry.published_at.trim()
  const lang = languageTag(entry.language)
  if (lang) article.lang = lang
  const image = parseHttpUrl(entry.preview_picture)
  if (image) article.leadImage = image.href
  if (plain !== null) article.wordCount = countWords(plain)
  if (typeof entry.reading_time === 'number') {
    article.readingTimeMinutes = Math.round(entry.reading_time)
  }

  return {
    url,
    title: cleanTitle(entry.title, url),
    savedAt: toMillis(entry.created_at, now),
    status: entry.is_archived ? 'archived' : 'unread',
    // Starred has no place in our record; a tag keeps it, as the Instapaper import does.
    tags: cleanTags(entry.is_starred ? [...labels, 'Starred'] : labels),
    content: html === null || plain === null ? null : { html, text: plain },
    article,
  }
}

/** Wallabag stores locales like `en_US`; `lang` attributes want BCP 47 (`en-US`) or nothing. */
function languageTag(raw: string | null | undefined): string | null {
  const tag = raw?.trim().replace(/_/g, '-') ?? ''
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null
}
