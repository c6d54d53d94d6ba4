/**
 * Site navigation and chrome that carry no story in any template: navigation landmarks, search,
 * forms and their controls, dialogs, and hidden elements the page keeps for later.
 */
import type { RemovalGuard } from './guard.ts'

const ALWAYS = [
  'script:not([type="application/ld+json"])',
  'style',
  'link',
  'template',
  'dialog',
  'iframe:not([src*="youtube"]):not([src*="vimeo"])',
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
  'body > header',
  'body > footer',
  'body > aside',
].join(', ')

/**
 * Header and footer elements outside the story. Inside an article a header holds the headline
 * and byline (read before cleaning, but Readability also wants it), so only page-level ones go.
 */
const PAGE_LEVEL = 'header, footer, aside'

export function removePageChrome(guard: RemovalGuard): number {
  let removed = 0
  for (const el of guard.index.query(ALWAYS)) if (el.isConnected && guard.remove(el)) removed++
  for (const el of guard.index.query(PAGE_LEVEL)) {
    if (!el.isConnected || el.closest('article, [itemprop="articleBody"]')) continue
    if (el.querySelector('h1') && el.tagName === 'HEADER') continue
    if (guard.remove(el)) removed++
  }
  return removed
}
