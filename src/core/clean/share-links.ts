/** Share bars: blocks made of links to share endpoints (Facebook, X, WhatsApp, mail …). */
import { normalizeSpace } from '../text.ts'
import type { RemovalGuard } from './guard.ts'

const SHARE_HREF =
  /facebook\.com\/(sharer|share|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|shareArticle|cws)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:|api\.whatsapp\.com|t\.me\/share|telegram\.me\/share|^mailto:\?|mailto:[^@]*\?subject=|flipboard\.com\/bookmarklet|tumblr\.com\/(share|widgets)|vk\.com\/share|line\.me\/R\/msg|getpocket\.com\/(save|edit)|news\.ycombinator\.com\/submitlink|threads\.net\/intent|bsky\.app\/intent/i

export function removeShareBars(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = 0
  const seen = new Set<Element>()
  for (const a of plan.query('a[href]')) {
    // A link inside a bar removed a moment ago leads to nothing new.
    if (plan.isGone(a) || !SHARE_HREF.test(a.getAttribute('href') ?? '')) continue
    // Climb to the bar: the largest ancestor whose text is short (icons and "Share" labels).
    let bar: Element = a
    for (let node = a.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'BODY' || node.tagName === 'ARTICLE' || node.tagName === 'MAIN') break
      if (guard.stats.chars(node) > 1000 || normalizeSpace(plan.rawText(node)).length > 200) break
      bar = node
    }
    if (seen.has(bar)) continue
    seen.add(bar)
    if (guard.removeBlock(bar)) removed++
  }
  return removed
}
