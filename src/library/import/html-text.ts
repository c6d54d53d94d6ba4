/**
 * Plain text of an HTML body without a DOM (the importers also run in Node): scripts and styles
 * dropped with their contents, block boundaries turned into blank lines, other tags removed,
 * character references decoded. Good enough for search and word counts; the reader renders the
 * HTML itself, sanitized, never this text.
 */
import { decodeEntities } from './entities.ts'

const INVISIBLE = /<(script|style|noscript|template|head)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
const BLOCK_TAG =
  /<\/?(?:p|div|section|article|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|figure|figcaption|table|tr|header|footer|aside|hr|caption)\b[^<>]*>/gi
const BREAK = /<br\b[^<>]*>/gi
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/g
// Private-use marks survive the whitespace collapse below; no article text contains them.
const PARAGRAPH = '\uE000'
const LINE = '\uE001'

export function htmlToPlainText(html: string): string {
  const marked = html
    .replace(COMMENT, '')
    .replace(INVISIBLE, ' ')
    .replace(BLOCK_TAG, PARAGRAPH)
    .replace(BREAK, LINE)
    .replace(ANY_TAG, '')
  return decodeEntities(marked)
    .split(PARAGRAPH)
    .map((block) =>
      block
        .split(LINE)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .join('\n')
        .trim(),
    )
    .filter((block) => block !== '')
    .join('\n\n')
}
