/**
 * Site navigation and chrome that carry no story in any template: navigation landmarks, search,
 * forms and their controls, dialogs, and hidden elements the page keeps for later.
 */
import type { RemovalGuard } from './guard.ts'

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

function insideStory(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
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
  let removed = 0
  for (const el of guard.index.query(ALWAYS)) {
    if (el.isConnected && !isKept(el) && guard.remove(el)) removed++
  }
  for (const el of guard.index.query(PAGE_LEVEL)) {
    if (!el.isConnected || insideStory(el)) continue
    if (el.tagName === 'HEADER' && el.getElementsByTagName('h1').length > 0) continue
    if (guard.remove(el)) removed++
  }
  return removed
}
