/**
 * Site navigation and chrome that carry no story in any template: navigation landmarks, search,
 * forms and their controls, dialogs, and hidden elements the page keeps for later.
 */
import type { RemovalGuard } from './guard.ts'
import type { CleaningPlan } from './plan.ts'

const ALWAYS = [
  'script',
  'style',
  'link',
  'template',
  'dialog',
  'iframe',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  '[role="navigation"]',
  '[role="search"]',
  '[role="menu"]',
  '[role="menubar"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
].join(', ')

/** Kept: structured data (read before cleaning, harmless after) and video embeds. */
function isKept(el: Element): boolean {
  if (el.tagName === 'SCRIPT') return el.getAttribute('type') === 'application/ld+json'
  if (el.tagName === 'IFRAME') return /youtube|vimeo/.test(el.getAttribute('src') ?? '')
  return false
}

function insideStory(el: Element, plan: CleaningPlan): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    // An element turned into a caption has lost its tag and attributes.
    if (plan.isCaption(node)) continue
    if (node.tagName === 'ARTICLE' || node.getAttribute('itemprop') === 'articleBody') return true
  }
  return false
}

/**
 * Header and footer elements outside the story. Inside an article a header holds the headline
 * and byline (read before cleaning, but Readability also wants it), so only page-level ones go.
 */
const PAGE_LEVEL = 'header, footer, aside'

export function removePageChrome(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = 0
  for (const el of plan.query(ALWAYS)) {
    if (plan.isConnected(el) && !isKept(el) && guard.remove(el)) removed++
  }
  for (const el of plan.query(PAGE_LEVEL)) {
    if (!plan.isConnected(el) || insideStory(el, plan)) continue
    if (el.tagName === 'HEADER' && plan.querySelector(el, 'h1')) continue
    if (guard.remove(el)) removed++
  }
  return removed
}
