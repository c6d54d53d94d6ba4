/**
 * Import of Upstream's own file (see upstream-schema.ts). Every field of each record comes back
 * except the id (the list gives merged records their own) and hasContent (it follows from
 * whether the content came along).
 */
import { z } from 'zod/mini'
import { parseHttpUrl } from '../../core/url.ts'
import { formatNumber } from '../../i18n/format.ts'
import { tCount } from '../../i18n/plural.ts'
import { t } from '../../i18n/t.ts'
import type { ImportedItem, SavedContent } from '../types.ts'
import { formatName } from './format-name.ts'
import { describeIssue } from './issues.ts'
import { MAX_ITEMS, MAX_URL_CHARS } from './limits.ts'
import { cleanTags, cleanTitle } from './normalize.ts'
import type { ParseResult } from './result.ts'
import { UPSTREAM_VERSION, type UpstreamFileItem, upstreamFileSchema } from './upstream-schema.ts'

const FORMAT = 'upstream-json'

export function parseUpstreamJson(data: unknown): ParseResult {
  const early = precheck(data)
  if (early) return { ok: false, message: early }
  const checked = z.safeParse(upstreamFileSchema, data)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    if (!issue) return { ok: false, message: t('importUnreadable', { format: formatName(FORMAT) }) }
    const inItems = issue.path[0] === 'items' && typeof issue.path[1] === 'number'
    return {
      ok: false,
      message: describeIssue(issue, data, {
        format: FORMAT,
        unit: 'item',
        ...(inItems ? { pathStart: 1 } : {}),
      }),
    }
  }
  const items: ImportedItem[] = []
  let skipped = 0
  for (const record of checked.data.items) {
    const item = toItem(record)
    if (item) items.push(item)
    else skipped++
  }
  return { ok: true, items, skipped }
}

/** Messages for a newer file and an oversized one, which the schema alone would word poorly. */
function precheck(data: unknown): string | null {
  const format = formatName(FORMAT)
  if (typeof data !== 'object' || data === null) return t('importNotObject', { format })
  const { version, items } = data as { version?: unknown; items?: unknown }
  if (typeof version === 'number' && version > UPSTREAM_VERSION) {
    return t('importNewerVersion', { format, version: formatNumber(version) })
  }
  if (Array.isArray(items) && items.length > MAX_ITEMS) {
    return tCount('importTooManyItems', items.length, { format, max: formatNumber(MAX_ITEMS) })
  }
  return null
}

function toItem({ article, content }: UpstreamFileItem): ImportedItem | null {
  // Links a hand-edited file could carry into the UI are dropped one by one; a record left
  // with no web address at all is skipped.
  const copies = article.copies.filter((copy) => isWebUrl(copy.url))
  const sources = article.sources.filter((source) => isWebUrl(source.url))
  const url = copies[0]?.url ?? sources[0]?.url
  if (!url) return null
  const title = cleanTitle(article.title, url)
  const tags = cleanTags(article.tags)
  const { id: _id, hasContent: _hasContent, ...fields } = article
  return {
    url,
    title,
    savedAt: article.savedAt,
    status: article.status,
    tags,
    content: content ? bodyOf(content) : null,
    article: {
      ...fields,
      title,
      tags,
      copies,
      sources,
      leadImage:
        article.leadImage !== null && isWebUrl(article.leadImage) ? article.leadImage : null,
    },
  }
}

function bodyOf(content: SavedContent): { html: string; text: string } {
  return { html: content.html, text: content.text }
}

/** An address kept exactly as written (the round trip is lossless), if it is http(s). */
function isWebUrl(url: string): boolean {
  return url.length <= MAX_URL_CHARS && parseHttpUrl(url) !== null
}
