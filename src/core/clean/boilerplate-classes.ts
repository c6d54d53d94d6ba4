/**
 * Blocks whose class or id names them as page furniture: share bars, newsletter boxes, related
 * and "most read" lists, ads, tags, author boxes, comments, previous/next links, breadcrumbs.
 */
import { normalizeSpace } from '../text.ts'
import { wordPattern } from './class-words.ts'
import type { RemovalGuard } from './guard.ts'
import type { CleaningPlan } from './plan.ts'

// Words that name furniture wherever they appear in a block's class or id.
const FURNITURE = wordPattern([
  'share',
  'shares',
  'sharing',
  'sharebar',
  'social',
  'socials',
  'social media',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'sign up',
  'related',
  'relatedposts',
  'related posts',
  'recirc',
  'recirculation',
  'recommended',
  'recommendations',
  'trending',
  'most read',
  'mostread',
  'most popular',
  'popular posts',
  'read more',
  'readmore',
  'more stories',
  'more news',
  'more articles',
  'up next',
  'upnext',
  'you may like',
  'also read',
  'outbrain',
  'taboola',
  'zergnet',
  'revcontent',
  'advert',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adslot',
  'ad slot',
  'ad unit',
  'adunit',
  'dfp',
  'gpt ad',
  'sponsor',
  'sponsored',
  'promo',
  'promoted',
  'native ad',
  'tags',
  'tag list',
  'taglist',
  'post tags',
  'entry tags',
  'tags links',
  'keywords',
  'breadcrumb',
  'breadcrumbs',
  'author box',
  'authorbox',
  'author bio',
  'author info',
  'about author',
  'about the author',
  'comments',
  'comment list',
  'commentlist',
  'disqus',
  'respond',
  'post navigation',
  'postnav',
  'prev next',
  'prevnext',
  'next prev',
  'nav links',
  'pagination',
  'paywall prompt',
  'cookie',
  'consent',
  'gdpr',
  'screen reader text',
  'sr only',
  'visually hidden',
  'skip link',
  'print only',
  'hidden print',
  'jump link',
  'toolbar',
  'widget',
  'sidebar',
  'rail',
  'right rail',
  'footer',
  'site footer',
  'site header',
  'masthead',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'search form',
  'searchform',
])

// Only blocks: an inline link classed "tag" inside a paragraph is still part of the sentence.
const BLOCKS = new Set([
  'DIV',
  'SECTION',
  'ASIDE',
  'UL',
  'OL',
  'NAV',
  'FOOTER',
  'HEADER',
  'FORM',
  'DL',
  'TABLE',
  'FIGURE',
  'P',
  'LI',
  'SPAN',
])
// Structural elements that carry the story in many templates, whatever their class says.
const NEVER = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML'])

/** Words too weak to act on alone inside running text (p, span, li): only these blocks qualify. */
const INLINE_OK = wordPattern([
  'share',
  'sharing',
  'newsletter',
  'subscribe',
  'related',
  'read more',
  'readmore',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsor',
  'sponsored',
  'promo',
  'screen reader text',
  'sr only',
  'visually hidden',
  'tags',
])

// Layout modifiers name the page around the furniture: "with-sidebar", "has-share-bar".
const LAYOUT_MODIFIER =
  /(?:^| )(?:with|has|w|no|without)(?: [a-z]+)? (?:sidebar|rail|share|social|ads?|comments)(?: |$)/

function looksLikeFurniture(el: Element, plan: CleaningPlan): boolean {
  if (NEVER.has(el.tagName) || !BLOCKS.has(el.tagName)) return false
  const words = plan.classWords(el)
  if (!words || !FURNITURE.test(words) || LAYOUT_MODIFIER.test(words)) return false
  if (el.tagName === 'P' || el.tagName === 'SPAN' || el.tagName === 'LI')
    return INLINE_OK.test(words)
  return true
}

export function removeBoilerplateByClass(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = 0
  for (const el of plan.query('[class], [id]')) {
    if (!plan.isConnected(el) || !looksLikeFurniture(el, plan)) continue
    // A "widget" or "sidebar"-classed block full of prose (a long quote box) is let through
    // only when it is mostly plain text; furniture is short or mostly links.
    if (
      guard.stats.chars(el) > 600 &&
      guard.stats.linkDensity(el) < 0.3 &&
      normalizeSpace(plan.rawText(el)).length > 600 &&
      /widget|rail|sidebar|menu|nav/.test(plan.classWords(el))
    ) {
      continue
    }
    if (guard.remove(el)) removed++
  }
  return removed
}
