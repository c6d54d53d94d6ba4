/**
 * Hidden is not boilerplate. Templates hide the second half of a story behind "Continue
 * reading" / "Story continues" with an inline `display:none` or a `hidden` attribute, and
 * Readability drops whatever it sees hidden that way. A hidden block full of prose is story:
 * it is shown again. A hidden menu (mostly links) stays hidden and is dealt with as chrome.
 */
import { normalizeSpace } from '../text.ts'
import type { RemovalGuard } from './guard.ts'
import type { CleaningPlan } from './plan.ts'

// Collapsed, not concealed: "continue reading" halves use display:none or the hidden attribute.
// visibility:hidden and aria-hidden mark text meant to stay unseen, and stay hidden.
const HIDDEN = '[hidden], [style*="display" i]'
const STORY_PARAGRAPH = 80

function isHiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '').includes('display:none')
}

function holdsProse(el: Element, plan: CleaningPlan): boolean {
  let paragraphs = 0
  for (const p of plan.querySelectorAll(el, 'p')) {
    const chars = normalizeSpace(plan.rawText(p)).length
    if (chars >= STORY_PARAGRAPH && plan.linkDensity(p) < 0.3) paragraphs++
    if (paragraphs >= 2) return true
  }
  return false
}

function reveal(el: Element): void {
  el.removeAttribute('hidden')
  el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none/gi, ''))
}

export function revealHiddenStory(guard: RemovalGuard): number {
  const plan = guard.plan
  let revealed = 0
  for (const el of plan.query(HIDDEN)) {
    if (!isHiddenInline(el) || guard.stats.chars(el) < STORY_PARAGRAPH * 2) continue
    if (!holdsProse(el, plan) || plan.linkDensity(el) >= 0.3) continue
    plan.edit(el, reveal)
    revealed++
  }
  return revealed
}
