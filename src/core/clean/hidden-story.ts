/**
 * Hidden is not boilerplate. Templates hide the second half of a story behind "Continue
 * reading" / "Story continues" with an inline `display:none` or a `hidden` attribute, and
 * Readability drops whatever it sees hidden that way. A hidden block full of prose is story:
 * it is shown again. A hidden menu (mostly links) stays hidden and is dealt with as chrome.
 */
import { linkDensity, normalizeSpace } from '../text.ts'
import type { RemovalGuard } from './guard.ts'

const HIDDEN = '[hidden], [style*="display" i], [style*="visibility" i], [aria-hidden="true"]'
const STORY_PARAGRAPH = 80

function isHiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '')
  return style.includes('display:none') || style.includes('visibility:hidden')
}

function holdsProse(el: Element): boolean {
  let paragraphs = 0
  for (const p of el.querySelectorAll('p')) {
    if (normalizeSpace(p.textContent ?? '').length >= STORY_PARAGRAPH && linkDensity(p) < 0.3)
      paragraphs++
    if (paragraphs >= 2) return true
  }
  return false
}

export function revealHiddenStory(guard: RemovalGuard): number {
  let revealed = 0
  for (const el of guard.index.query(HIDDEN)) {
    if (!isHiddenInline(el) || guard.stats.chars(el) < STORY_PARAGRAPH * 2 || !holdsProse(el))
      continue
    if (linkDensity(el) >= 0.3) continue
    el.removeAttribute('hidden')
    el.removeAttribute('aria-hidden')
    const style = el.getAttribute('style') ?? ''
    el.setAttribute('style', style.replace(/display\s*:\s*none|visibility\s*:\s*hidden/gi, ''))
    revealed++
  }
  return revealed
}
