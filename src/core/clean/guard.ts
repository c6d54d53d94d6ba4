/**
 * The one safety net every cleaner goes through: never remove the story itself. Boilerplate
 * class names do turn up on story containers ("entry-content has-share-bar"), and a cleaner that
 * guesses wrong there loses the whole article.
 */
import type { ElementIndex } from '../element-index.ts'
import type { TextStats } from '../text-stats.ts'
import type { CleaningPlan } from './plan.ts'

// A paragraph this long is story text, not a menu item or a teaser line.
const STORY_PARAGRAPH = 80
const PARAGRAPH_TAGS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'LI'])

/**
 * Characters in story-length paragraphs under `el`, from the measured text lengths, leaving out
 * what cleaning has removed so far.
 */
function paragraphText(el: Element, stats: TextStats, plan: CleaningPlan): number {
  // (An element turned into a caption is a <figcaption> now, whatever its tag was.)
  if (PARAGRAPH_TAGS.has(el.tagName) && !plan.isCaption(el)) {
    // A long headline link in a list item is not prose.
    const chars = stats.chars(el)
    return chars >= STORY_PARAGRAPH && stats.linkDensity(el) < 0.5 ? chars : 0
  }
  // Prose written straight into a div (text and <br>s, no <p>) counts as paragraphs too.
  const own = stats.of(el).ownChars
  let total = own >= STORY_PARAGRAPH ? own : 0
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (stats.chars(child) >= STORY_PARAGRAPH && !plan.isDropped(child))
      total += paragraphText(child, stats, plan)
  }
  return total
}

export class RemovalGuard {
  readonly index: ElementIndex
  readonly stats: TextStats
  private readonly total: number
  private readonly protectedElements: Element[]

  /** `protect` lists elements known to be (or hold) the story, e.g. the adapter's container. */
  constructor(
    readonly plan: CleaningPlan,
    protect: Element[] = [],
  ) {
    this.index = plan.index
    const stats = plan.stats
    this.stats = stats
    this.total = plan.index.all[0] ? paragraphText(plan.index.all[0], stats, plan) : 0
    // What the page itself marks as its story: the articleBody, or its only sizeable <article>.
    const marked = plan.query('[itemprop="articleBody"]').filter((el) => stats.chars(el) >= 500)
    const articles = plan.query('article').filter((el) => stats.chars(el) >= 500)
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
    return paragraphText(el, this.stats, this.plan) < this.total * 0.3
  }

  /** Removes `el` (an element the cleaner was given, still in the page) if the guard allows it. */
  remove(el: Element): boolean {
    if (!this.plan.isConnected(el) || !this.canRemove(el)) return false
    this.plan.drop(el)
    return true
  }

  /**
   * Removes a block the cleaner reached by walking from another element (its parent, its next
   * sibling). An element already replaced by a caption stands for that `<figcaption>` here.
   */
  removeBlock(el: Element): boolean {
    if (this.plan.isGone(el) || !this.canRemove(el)) return false
    this.plan.drop(el)
    return true
  }
}
