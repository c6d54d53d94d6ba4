/**
 * Image captions and credits, whatever the template calls them ("caption", "wp-caption-text",
 * "image-credit", "Image copyright"), become real `<figcaption>`s. The reader then styles them
 * as captions, and the article's plain text leaves them out: they describe a picture, not the
 * story, and they differ between copies of one story (which would confuse matching copies).
 */
import { wordPattern } from './class-words.ts'
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

const FIGCAPTION = { make: (doc: Document) => doc.createElement('figcaption'), keepChildren: true }

export function markCaptions(guard: RemovalGuard): number {
  const plan = guard.plan
  let marked = 0
  for (const el of plan.query('[class], [id], [itemprop="caption"]')) {
    if (!CANDIDATE_TAGS.has(el.tagName) || !plan.isConnected(el)) continue
    if (el.getAttribute('itemprop') !== 'caption' && !CAPTION.test(plan.classWords(el))) continue
    // A caption is short and holds no paragraphs of its own.
    if (guard.stats.chars(el) > 600 || plan.querySelector(el, 'p, h1, h2, h3, ul, ol, table'))
      continue
    // Already a caption, or inside one (the page's or one marked here).
    if (plan.inCaption(el)) continue
    plan.replace(el, FIGCAPTION, { caption: true })
    marked++
  }
  return marked
}
