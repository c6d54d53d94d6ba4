/** What the exporters take, and the small facts about a record every one of them shows. */
import { parseHttpUrl } from '../../core/url.ts'
import type { UpstreamFileItem } from '../import/upstream-schema.ts'
import type { ReadStatus, SavedArticle } from '../types.ts'

/** One record of the list with its body, if it has one: the shape of our JSON file's items. */
export type ExportItem = UpstreamFileItem

/** The address the story was saved from (the oldest copy), else its first source; http(s) only. */
export function linkOf(article: SavedArticle): string | null {
  for (const candidate of [
    ...article.copies.map((c) => c.url),
    ...article.sources.map((s) => s.url),
  ]) {
    const url = parseHttpUrl(candidate)
    if (url) return url.href
  }
  return null
}

const STATUS_LABEL: Readonly<Record<ReadStatus, string>> = {
  unread: 'Unread',
  read: 'Read',
  archived: 'Archived',
}

export function statusLabel(status: ReadStatus): string {
  return STATUS_LABEL[status]
}

/** `2026-03-01`: the day in UTC, so an export reads the same wherever it is opened. */
export function dayOf(ms: number): string {
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10)
}

/** "Unread · Saved 2026-03-01 · Tags: a, b": the line under each title, unescaped. */
export function metaLine(article: SavedArticle): string {
  const parts = [statusLabel(article.status), `Saved ${dayOf(article.savedAt)}`]
  if (article.tags.length > 0) parts.push(`Tags: ${article.tags.join(', ')}`)
  return parts.join(' · ')
}
