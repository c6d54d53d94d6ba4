/**
 * Image captions and credits, whatever the template calls them ("caption", "wp-caption-text",
 * "image-credit", "Image copyright"), become real `<figcaption>`s. The reader then styles them
 * as captions, and the article's plain text leaves them out: they describe a picture, not the
 * story, and they differ between copies of one story (which would confuse matching copies).
 */
import { classWords, wordPattern } from './class-words.ts'
import type { RemovalGuard } from './guard.ts'

const CAPTION = wordPattern([
  'caption',
  'captions',
  'figcaption',
  'caption text',
  'wp caption text',
  'image caption',
  'media caption',
  'photo caption',
  'credit',
  'credits',
  'image credit',
  'photo credit',
  'img credit',
  'image copyright',
  'copyright',
  'getty',
  'picture credit',
  'photographer',
])
const CANDIDATE_TAGS = new Set(['DIV', 'P', 'SPAN', 'SMALL', 'CITE', 'FIGCAPTION', 'EM', 'I'])

export function markCaptions(doc: Document, guard: RemovalGuard): number {
  let marked = 0
  for (const el of guard.index.query('[class], [id], [itemprop="caption"]')) {
    if (!CANDIDATE_TAGS.has(el.tagName) || !el.isConnected) continue
    if (el.getAttribute('itemprop') !== 'caption' && !CAPTION.test(classWords(el))) continue
    // A caption is short and holds no paragraphs of its own.
    if (guard.stats.chars(el) > 600 || el.querySelector('p, h1, h2, h3, ul, ol, table')) continue
    if (el.closest('figcaption') && el.tagName !== 'FIGCAPTION') continue
    if (el.tagName === 'FIGCAPTION') continue
    const caption = doc.createElement('figcaption')
    while (el.firstChild) caption.append(el.firstChild)
    el.replaceWith(caption)
    marked++
  }
  return marked
}
