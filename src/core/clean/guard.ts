/**
 * The one safety net every cleaner goes through: never remove the story itself. Boilerplate
 * class names do turn up on story containers ("entry-content has-share-bar"), and a cleaner that
 * guesses wrong there loses the whole article.
 */
import type { ElementIndex } from '../element-index.ts'
import type { TextStats } from '../text-stats.ts'

// A paragraph this long is story text, not a menu item or a teaser line.
const STORY_PARAGRAPH = 80
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'LI'])

/** Characters in story-length paragraphs under `el`, from the measured text lengths. */
function paragraphText(el: Element, stats: TextStats): number {
  if (PARAGRAPH_TAGS.has(el.tagName)) {
    // A long headline link in a list item is not prose.
    const chars = stats.chars(el)
    return chars >= STORY_PARAGRAPH && stats.linkDensity(el) < 0.5 ? chars : 0
  }
  // Prose written straight into a div (text and <br>s, no <p>) counts as paragraphs too.
  const own = stats.of(el).ownChars
  let total = own >= STORY_PARAGRAPH ? own : 0
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (stats.chars(child) >= STORY_PARAGRAPH) total += paragraphText(child, stats)
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
    this.total = index.all[0] ? paragraphText(index.all[0], stats) : 0
    // What the page itself marks as its story: the articleBody, or its only sizeable <article>.
    const marked = index.query('[itemprop="articleBody"]').filter((el) => stats.chars(el) >= 500)
    const articles = index.query('article').filter((el) => stats.chars(el) >= 500)
    if (articles.length === 1) marked.push(articles[0]!)
    this.protectedElements = [...protect, ...marked]
  }

  /** True when removing `el` cannot take a large share of the story's paragraphs with it. */
  canRemove(el: Element): boolean {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN') return false
    if (this.protectedElements.some((p) => el === p || el.contains(p))) return false
    if (this.total < 400) return true
    // Cheap pre-check: a block with little text cannot hold much of the story.
    if (this.stats.chars(el) < this.total * 0.2) return true
    return paragraphText(el, this.stats) < this.total * 0.3
  }

  /** Removes `el` if the guard allows it; returns whether it did. */
  remove(el: Element): boolean {
    if (!el.isConnected || !this.canRemove(el)) return false
    el.remove()
    return true
  }
}
