/**
 * The one safety net every cleaner goes through: never remove the story itself. Boilerplate
 * class names do turn up on story containers ("entry-content has-share-bar"), and a cleaner that
 * guesses wrong there loses the whole article.
 */
import type { ElementIndex } from '../element-index.ts'
import { normalizeSpace } from '../text.ts'
import type { TextStats } from '../text-stats.ts'

// A paragraph this long is story text, not a menu item or a teaser line.
const STORY_PARAGRAPH = 80

const PARAGRAPHS = 'p, blockquote, pre, li'

function paragraphText(paragraphs: Iterable<Element>): number {
  let total = 0
  for (const p of paragraphs) {
    if (p.tagName === 'LI' && p.querySelector('p')) continue
    const length = normalizeSpace(p.textContent ?? '').length
    if (length >= STORY_PARAGRAPH) total += length
  }
  return total
}

export class RemovalGuard {
  private readonly total: number
  private readonly protectedElements: Element[]

  /** `protect` lists elements known to be (or hold) the story, e.g. the adapter's container. */
  constructor(
    readonly index: ElementIndex,
    readonly stats: TextStats,
    protect: Element[] = [],
  ) {
    this.total = paragraphText(index.query(PARAGRAPHS))
    this.protectedElements = protect
  }

  /** True when removing `el` cannot take a large share of the story's paragraphs with it. */
  canRemove(el: Element): boolean {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN') return false
    if (this.protectedElements.some((p) => el === p || el.contains(p))) return false
    if (this.total < 400) return true
    // Cheap pre-check: a block with little text cannot hold much of the story.
    if (this.stats.chars(el) < this.total * 0.2) return true
    return paragraphText(el.querySelectorAll(PARAGRAPHS)) < this.total * 0.3
  }

  /** Removes `el` if the guard allows it; returns whether it did. */
  remove(el: Element): boolean {
    if (!el.isConnected || !this.canRemove(el)) return false
    el.remove()
    return true
  }
}
