/**
 * Things injected into the story that are not the story: live-update embeds, newsletter
 * sign-ups, ad slots and their labels, literal `[ad_1]` shortcodes left by scrapers.
 */
import type { RemovalGuard } from './guard.ts'
import type { CleaningPlan } from './plan.ts'

// A paragraph that is only a placeholder: "[ad_1]", "[ads2]", "[adinserter block=…]", "[Advertisement]".
const PLACEHOLDER =
  /^\[\/?(ad[_ -]?\d*|ads\d*|adsense|adinserter[^\]]*|advertisement|advert|ad_placeholder|embed|related[^\]]*|sc[^\]]*|banner[^\]]*)\]$/i

// Labels that stand alone between paragraphs.
const AD_LABEL =
  /^(advertisement|advertising|ad|ads|sponsored( content)?|story continues below( this)? (advertisement|ad)|continue reading (the main story|below|after advertisement)|article continues (below|after (this )?(advertisement|ad))|scroll to continue( with content)?|publicidad|anuncio|publicit[ée]|anzeige|werbung|publicidade|إعلان)$/i

// Invitations to comment, with nothing of the story in them.
const COMMENTS_PROMPT =
  /^(join the (conversation|discussion)|leave a (comment|reply)|\d+ comments?|comments?( \(\d+\))?|show comments|view comments|post a comment|add a comment|be the first to comment|discuss this article)\W*$/i

const LIVE_UPDATES = /\blive( updates?| coverage| blog)\b|^updated\b/i
const NEWSLETTER =
  /\b(sign up for|subscribe to|get (our|the) .{0,30}newsletter|newsletter|delivered (to|straight to) your inbox|enter your email)\b/i

/** Removes elements matching `selector` and `test`; `maxChars` skips big blocks before reading text. */
function removeMatching(
  selector: string,
  maxChars: number,
  guard: RemovalGuard,
  test: (el: Element, text: string) => boolean,
): number {
  const plan = guard.plan
  let removed = 0
  for (const el of plan.query(selector)) {
    if (!plan.isConnected(el) || guard.stats.chars(el) > maxChars) continue
    const text = plan.text(el)
    if (test(el, text) && guard.remove(el)) removed++
  }
  return removed
}

/** The block around a live-updates heading: heading + timestamp + a list of headline links. */
function liveUpdatesBlock(heading: Element, plan: CleaningPlan): Element | null {
  let node: Element | null = heading.parentElement
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'ARTICLE' || node.tagName === 'MAIN')
      return null
    const links = plan.querySelectorAll(node, 'a[href]').length
    if (links >= 2 && plan.linkDensity(node) >= 0.4) return node
  }
  return null
}

export function removeWidgets(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = 0
  removed += removeMatching(
    'p, div, span, h2, h3, h4, a',
    200,
    guard,
    (el, text) =>
      text.length < 80 &&
      plan.childCount(el) <= 1 &&
      (PLACEHOLDER.test(text) || AD_LABEL.test(text) || COMMENTS_PROMPT.test(text)),
  )
  for (const heading of plan.query('h2, h3, h4, h5, h6, p, div, span, a')) {
    if (!plan.isConnected(heading) || guard.stats.chars(heading) > 200) continue
    const text = plan.text(heading)
    if (text.length > 80 || !/\blive updates?\b|\blive coverage\b/i.test(text)) continue
    const block = liveUpdatesBlock(heading, plan)
    if (block && guard.removeBlock(block)) removed++
  }
  removed += removeMatching('div, section, aside, form, p', 1000, guard, (el, text) => {
    if (text.length > 400 || !NEWSLETTER.test(text)) return false
    // A sign-up box has a form or a button or a link to sign up, and little prose.
    return plan.querySelector(el, 'form, input, button, a[href]') !== null || text.length < 160
  })
  removed += removeMatching(
    'div, section, aside, ul',
    2000,
    guard,
    (_el, text) => text.length < 400 && LIVE_UPDATES.test(text) && /^updated\b/im.test(text),
  )
  return removed
}
