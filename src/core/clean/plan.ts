/**
 * Cleaning decides on the live page and changes nothing there. Every removal, attribute fix and
 * replacement is recorded here instead, and this plan answers the cleaners' questions (is it
 * still there, what text, which links, how many children) as if its changes had been made.
 * Only afterwards is the clone built, already clean (build-clone.ts): copying a page in jsdom
 * costs about as much as Readability itself, and most of it (menus, scripts, sidebars) would
 * only be copied to be thrown away.
 *
 * The answers must be exactly those the cleaned copy would give, so that cleaning decides as it
 * did when it worked on a copy: same order, same removals.
 */
import type { ElementIndex } from '../element-index.ts'
import { normalizeSpace } from '../text.ts'
import type { TextStats } from '../text-stats.ts'
import { splitClassWords } from './class-words.ts'

/** Builds an element's stand-in in the clone; `keepChildren` copies its children into it. */
export interface Replacement {
  make: (doc: Document) => Element
  keepChildren: boolean
}

export class CleaningPlan {
  /** Elements removed (each with its subtree). */
  private readonly dropped = new Set<Element>()
  /** Index positions inside removed subtrees: "is it gone" in O(1). */
  private readonly gone: Uint8Array
  /** Elements that lost something below them: their text and queries must skip removed parts. */
  private readonly dirty = new WeakSet<Element>()
  /** Elements the clone builder must copy one by one (changed, or above a change). */
  private readonly split = new WeakSet<Element>()
  private readonly edits = new Map<Element, Array<(copy: Element) => void>>()
  private readonly replacements = new Map<Element, Replacement>()
  /** Elements replaced by a caption, which later cleaners see as a `<figcaption>`. */
  private readonly captions = new WeakSet<Element>()
  /** Elements whose contents are gone with their replacement (amp-img → img). */
  private readonly emptied = new WeakSet<Element>()
  private readonly texts = new Map<Element, string>()
  private readonly words = new Map<Element, string>()

  constructor(
    readonly index: ElementIndex,
    readonly stats: TextStats,
  ) {
    this.gone = new Uint8Array(index.all.length)
  }

  /** Index elements matching `selector` that are still in the cleaned page, in document order. */
  query(selector: string): Element[] {
    return this.index.query(selector).filter((el) => this.isConnected(el))
  }

  /** Removed, or inside something removed. */
  isGone(el: Element): boolean {
    const at = this.index.positionOf(el)
    return at === undefined ? false : this.gone[at] === 1
  }

  /** What `isConnected` would say in the cleaned copy: replaced elements are no longer there. */
  isConnected(el: Element): boolean {
    return !this.isGone(el) && !this.replacements.has(el)
  }

  drop(el: Element): void {
    if (this.isGone(el)) return
    this.dropped.add(el)
    const start = this.index.positionOf(el)
    if (start !== undefined) this.gone.fill(1, start, this.index.endOf(el))
    this.markChanged(el.parentElement, true)
  }

  isDropped(el: Element): boolean {
    return this.dropped.has(el)
  }

  /** Changes `copy`'s attributes in the clone (lazy images, revealed blocks). */
  edit(el: Element, change: (copy: Element) => void): void {
    const list = this.edits.get(el)
    if (list) list.push(change)
    else this.edits.set(el, [change])
    this.markChanged(el, false)
  }

  /** Puts another element in `el`'s place in the clone; it stops being visible to index queries. */
  replace(el: Element, replacement: Replacement, options: { caption?: boolean } = {}): void {
    this.replacements.set(el, replacement)
    // The stand-in is a new element: nothing was measured for it.
    this.stats.forget(el)
    if (options.caption) this.captions.add(el)
    if (!replacement.keepChildren) {
      this.emptied.add(el)
      for (let child = el.firstElementChild; child; child = child.nextElementSibling)
        this.drop(child)
      this.markChanged(el, true)
    } else this.markChanged(el, false)
  }

  private markChanged(from: Element | null, textChanged: boolean): void {
    for (let node = from; node; node = node.parentElement) {
      const known = this.split.has(node) && (!textChanged || this.dirty.has(node))
      this.split.add(node)
      if (textChanged) this.dirty.add(node)
      if (known) break
    }
  }

  /** For the clone builder: must `el` be copied node by node rather than in one deep copy? */
  needsWalk(el: Element): boolean {
    return this.split.has(el)
  }

  /** For the clone builder: the shallow copy of `el` (or its replacement) and whether its children follow. */
  copyOf(el: Element, doc: Document): { copy: Element; keepChildren: boolean } {
    const replacement = this.replacements.get(el)
    if (replacement) return { copy: replacement.make(doc), keepChildren: replacement.keepChildren }
    const copy = doc.importNode(el, false)
    for (const change of this.edits.get(el) ?? []) change(copy)
    return { copy, keepChildren: true }
  }

  /** Inside a `<figcaption>`, counting elements already turned into captions. */
  inCaption(el: Element): boolean {
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.tagName === 'FIGCAPTION' || this.captions.has(node)) return true
    }
    return false
  }

  isCaption(el: Element): boolean {
    return this.captions.has(el)
  }

  /** `textContent` as the cleaned copy would have it. */
  rawText(el: Element): string {
    if (this.emptied.has(el)) return ''
    if (!this.dirty.has(el)) return el.textContent ?? ''
    let out = ''
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) out += child.nodeValue ?? ''
      else if (child.nodeType === 1 && !this.dropped.has(child as Element))
        out += this.rawText(child as Element)
    }
    return out
  }

  /** Whitespace-normalised text, read once (at the first question) and remembered. */
  text(el: Element): string {
    let text = this.texts.get(el)
    if (text === undefined) {
      text = normalizeSpace(this.rawText(el))
      this.texts.set(el, text)
    }
    return text
  }

  querySelectorAll(el: Element, selector: string): Element[] {
    const found = [...el.querySelectorAll(selector)]
    return this.dirty.has(el) ? found.filter((x) => !this.isGone(x)) : found
  }

  querySelector(el: Element, selector: string): Element | null {
    if (!this.dirty.has(el)) return el.querySelector(selector)
    return this.querySelectorAll(el, selector)[0] ?? null
  }

  childCount(el: Element): number {
    if (!this.dirty.has(el)) return el.childElementCount
    let count = 0
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if (!this.dropped.has(child)) count++
    return count
  }

  nextElementSibling(el: Element): Element | null {
    let next = el.nextElementSibling
    while (next && this.dropped.has(next)) next = next.nextElementSibling
    return next
  }

  /** Share of the text inside links (as `linkDensity` in text.ts, on the cleaned copy). */
  linkDensity(el: Element): number {
    const total = normalizeSpace(this.rawText(el)).length
    if (total === 0) return 0
    let linked = 0
    for (const a of this.querySelectorAll(el, 'a')) linked += normalizeSpace(this.rawText(a)).length
    return Math.min(1, linked / total)
  }

  /** The element's class and id as lowercase words (see class-words.ts), split once per run. */
  classWords(el: Element): string {
    let words = this.words.get(el)
    if (words === undefined) {
      words = splitClassWords(el)
      this.words.set(el, words)
    }
    return words
  }
}
