/**
 * Pocket's classic export, ril_export.html: an "Unread" and a "Read Archive" heading, each
 * followed by a list of `<a href time_added tags>Title</a>` links.
 */
import { z } from 'zod/mini'
import { formatNumber } from '../../i18n/format.ts'
import { tCount } from '../../i18n/plural.ts'
import { t } from '../../i18n/t.ts'
import type { ImportedItem, ReadStatus } from '../types.ts'
import { formatName } from './format-name.ts'
import { tokens } from './html-tags.ts'
import { describeIssue, UNIX_TIME_ERROR } from './issues.ts'
import { MAX_ITEMS } from './limits.ts'
import { cleanTitle, importUrl, splitTags, toMillis } from './normalize.ts'
import type { ParseResult } from './result.ts'

const FORMAT = 'pocket-html'

const linkSchema = z.object({
  // A link without href is skipped like a bad one; only a wrong-looking time rejects the file.
  href: z.optional(z.string()),
  time_added: z.optional(z.string().check(z.regex(/^\s*\d*\s*$/, UNIX_TIME_ERROR))),
  tags: z.optional(z.string()),
})

export function parsePocketHtml(html: string, now: number): ParseResult {
  // Pocket stamps every saved link with time_added. When the file has such links, only they are
  // items: a page that embeds the list (our own HTML export) has other links in its stories.
  const stampedOnly = hasStampedLink(html)
  const items: ImportedItem[] = []
  let skipped = 0
  let links = 0
  // Links before any heading are treated as unread, like Pocket's first section.
  let status: ReadStatus = 'unread'
  for (const token of tokens(html)) {
    if (token.kind === 'heading') {
      status = /archive/i.test(token.text) ? 'archived' : 'unread'
      continue
    }
    if (stampedOnly && !token.attrs.has('time_added')) continue
    links++
    if (links > MAX_ITEMS) {
      return {
        ok: false,
        message: tCount('importTooManyLinks', MAX_ITEMS, { format: formatName(FORMAT) }),
      }
    }
    // Only the three attributes Pocket writes are copied, so `__proto__="…"` goes nowhere.
    const attrs = {
      href: token.attrs.get('href'),
      time_added: token.attrs.get('time_added'),
      tags: token.attrs.get('tags'),
    }
    const checked = z.safeParse(linkSchema, attrs)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      const message = issue
        ? describeIssue(issue, attrs, { format: FORMAT, unit: 'link', index: links - 1 })
        : t('importLinkUnreadable', { number: formatNumber(links), format: formatName(FORMAT) })
      return { ok: false, message }
    }
    const url = importUrl(checked.data.href)
    if (!url) {
      skipped++
      continue
    }
    items.push({
      url,
      title: cleanTitle(token.text, url),
      savedAt: toMillis(checked.data.time_added, now),
      status,
      tags: splitTags(checked.data.tags, ','),
      content: null,
    })
  }
  return { ok: true, items, skipped }
}

/**
 * Whether any link carries time_added. A plain scan, not the tokenizer: it is only a hint, and
 * it must stay cheap on a hostile file. Each try stops at the next `<`, so it is linear.
 */
function hasStampedLink(html: string): boolean {
  return /<a\b[^<>]*\stime_added\s*=/i.test(html)
}
