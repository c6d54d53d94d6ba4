/**
 * Pocket's CSV export (the format it switched to before shutting down):
 * `title,url,time_added,tags,status`, tags separated by `|`, status `unread` or `archive`.
 */
import { z } from 'zod/mini'
import { t } from '../../i18n/t.ts'
import type { ImportedItem, ReadStatus } from '../types.ts'
import { readCsv } from './csv.ts'
import { formatName } from './format-name.ts'
import { describeIssue, UNIX_TIME_ERROR } from './issues.ts'
import { cleanTitle, importUrl, splitTags, toMillis } from './normalize.ts'
import type { ParseResult } from './result.ts'

const FORMAT = 'pocket-csv'

const COLUMNS = {
  title: 'title',
  url: 'url',
  timeAdded: 'time_added',
  tags: 'tags',
  status: 'status',
} as const

const rowSchema = z.object({
  title: z.optional(z.string()),
  // Only presence is checked here: a non-http address skips the row instead of the whole file.
  url: z.string(),
  timeAdded: z.optional(z.string().check(z.regex(/^\s*\d*\s*$/, UNIX_TIME_ERROR))),
  tags: z.optional(z.string()),
  // Pocket wrote "archive"; "read"/"archived" and empty are tolerated for hand-edited files.
  status: z.optional(z.enum(['unread', 'archive', 'archived', 'read', ''])),
})

const STATUS: Readonly<Record<string, ReadStatus>> = {
  '': 'unread',
  unread: 'unread',
  read: 'read',
  archive: 'archived',
  archived: 'archived',
}

export function parsePocketCsv(text: string, now: number): ParseResult {
  const csv = readCsv<keyof typeof COLUMNS>(text, FORMAT, COLUMNS, ['url', 'title', 'timeAdded'])
  if (!csv.ok) return csv
  const checked = z.safeParse(z.array(rowSchema), csv.rows.map(lowerStatus))
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const message = issue
      ? describeIssue(issue, csv.rows, { format: FORMAT, unit: 'row', fieldNames: COLUMNS })
      : t('importUnreadable', { format: formatName(FORMAT) })
    return { ok: false, message }
  }

  const items: ImportedItem[] = []
  let skipped = 0
  for (const row of checked.data) {
    const url = importUrl(row.url)
    if (!url) {
      skipped++
      continue
    }
    items.push({
      url,
      title: cleanTitle(row.title, url),
      savedAt: toMillis(row.timeAdded, now),
      status: STATUS[row.status ?? ''] ?? 'unread',
      tags: splitTags(row.tags, '|'),
      content: null,
    })
  }
  return { ok: true, items, skipped }
}

function lowerStatus<T extends { status?: string | undefined }>(row: T): T {
  return row.status === undefined ? row : { ...row, status: row.status.trim().toLowerCase() }
}
