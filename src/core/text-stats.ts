/**
 * Text lengths for every element, measured in one pass over the tree. Cleaning asks "how much
 * text, how much of it linked?" of thousands of elements; reading `textContent` each time costs
 * the whole subtree every time, which on a 5 MB page means minutes instead of milliseconds.
 * Figures are taken once, before cleaning, and not updated as elements are removed: they are
 * used to skip elements cheaply, and callers that need exact text read it afterwards.
 */
export interface ElementText {
  /** Characters of text inside the element (raw, before whitespace is collapsed). */
  chars: number
  /** Characters of that text inside links. */
  linkChars: number
  /** Characters in the element's own text nodes (not its children's): prose written in a div. */
  ownChars: number
  /**
   * Characters of the whole `textContent` (scripts and styles included) other than whitespace:
   * two blocks whose normalised texts are equal have equal counts.
   */
  solidChars: number
}

const EMPTY: ElementText = { chars: 0, linkChars: 0, ownChars: 0, solidChars: 0 }
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg'])
// What normalizeSpace (text.ts) collapses.
const SPACE = /[\s\u00a0\u200b]/g

function solid(text: string): number {
  return text.replace(SPACE, '').length
}

export class TextStats {
  private readonly stats = new WeakMap<Element, ElementText>()

  constructor(root: Element) {
    this.measure(root, false)
  }

  private measure(el: Element, inLink: boolean): ElementText {
    // Code and styles are not text a reader sees; counting them made inline-script-heavy
    // containers look like prose.
    if (NOT_TEXT.has(el.tagName)) {
      const hidden = { ...EMPTY, solidChars: solid(el.textContent ?? '') }
      this.stats.set(el, hidden)
      return hidden
    }
    const linked = inLink || el.tagName === 'A'
    let chars = 0
    let linkChars = 0
    let ownChars = 0
    let solidChars = 0
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? ''
        chars += value.length
        ownChars += value.length
        solidChars += solid(value)
        if (linked) linkChars += value.length
      } else if (child.nodeType === 1) {
        const s = this.measure(child as Element, linked)
        chars += s.chars
        linkChars += s.linkChars
        solidChars += s.solidChars
      } else if (child.nodeType === 4) solidChars += solid(child.nodeValue ?? '') // CDATA
    }
    const stats = { chars, linkChars, ownChars, solidChars }
    this.stats.set(el, stats)
    return stats
  }

  of(el: Element): ElementText {
    return this.stats.get(el) ?? EMPTY
  }

  /** Text characters, as measured before cleaning; 0 for elements added since. */
  chars(el: Element): number {
    return this.of(el).chars
  }

  /** Drops the figures for an element that cleaning replaces: its stand-in was never measured. */
  forget(el: Element): void {
    this.stats.delete(el)
  }

  linkDensity(el: Element): number {
    const s = this.of(el)
    return s.chars === 0 ? 0 : s.linkChars / s.chars
  }
}
