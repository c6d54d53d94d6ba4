/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp` (newer exports add `Tags`).
 * The Archive folder means archived; every other folder is unread, and a folder other than
 * Unread is kept as a tag so "Starred" or "Recipes" is not lost.
 */
import { z } from 'zod/mini'
import { t } from '../../i18n/t.ts'
import type { ImportedItem } from '../types.ts'
import { readCsv } from './csv.ts'
import { formatName } from './format-name.ts'
import { describeIssue, UNIX_TIME_ERROR } from './issues.ts'
import { cleanTags, cleanTitle, importUrl, splitTags, toMillis } from './normalize.ts'
import type { ParseResult } from './result.ts'

const FORMAT = 'instapaper-csv'

const COLUMNS = {
  url: 'URL',
  title: 'Title',
  selection: 'Selection',
  folder: 'Folder',
  timestamp: 'Timestamp',
  tags: 'Tags',
} as const

const rowSchema = z.object({
  url: z.string(),
  title: z.optional(z.string()),
  folder: z.optional(z.string()),
  timestamp: z.optional(z.string().check(z.regex(/^\s*\d*\s*$/, UNIX_TIME_ERROR))),
  tags: z.optional(z.string()),
})

export function parseInstapaperCsv(text: string, now: number): ParseResult {
  const csv = readCsv<keyof typeof COLUMNS>(text, FORMAT, COLUMNS, ['url', 'title', 'folder'])
  if (!csv.ok) return csv
  const checked = z.safeParse(z.array(rowSchema), csv.rows)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    return {
      ok: false,
      message: issue
        ? describeIssue(issue, csv.rows, { format: FORMAT, unit: 'row', fieldNames: COLUMNS })
        : t('importUnreadable', { format: formatName(FORMAT) }),
    }
  }

  const items: ImportedItem[] = []
  let skipped = 0
  for (const row of checked.data) {
    const url = importUrl(row.url)
    if (!url) {
      skipped++
      continue
    }
    const folder = (row.folder ?? '').trim()
    const archived = folder.toLowerCase() === 'archive'
    const folderTag = archived || folder === '' || folder.toLowerCase() === 'unread' ? [] : [folder]
    items.push({
      url,
      title: cleanTitle(row.title, url),
      savedAt: toMillis(row.timestamp, now),
      status: archived ? 'archived' : 'unread',
      tags: cleanTags([...folderTag, ...instapaperTags(row.tags)]),
      content: null,
    })
  }
  return { ok: true, items, skipped }
}

/** The Tags column holds a JSON list in current exports; a plain comma list is accepted too. */
function instapaperTags(raw: string | undefined): string[] {
  const text = raw?.trim() ?? ''
  if (text.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text)
      if (Array.isArray(value)) {
        return value.filter((tag): tag is string => typeof tag === 'string')
      }
    } catch {
      // Not JSON after all: fall through to the comma list.
    }
  }
  return splitTags(text, ',')
}
