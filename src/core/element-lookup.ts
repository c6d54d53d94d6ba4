/**
 * The element queries detection needs, behind one small interface with two implementations:
 * ElementIndex (one walk, then indexed lookups: fast in jsdom, where every whole-document
 * `querySelectorAll` is slow) and NativeLookup (the browser's own selector engine: nothing to
 * build first, which is what auto mode's content script needs to decide in a few milliseconds).
 */
export interface ElementLookup {
  /** Every element in document order; `all[0]` is the root. */
  readonly all: readonly Element[]
  /** Like `querySelectorAll`: document order, no duplicates. */
  query(selectorList: string): Element[]
  has(selectorList: string): boolean
}

export class NativeLookup implements ElementLookup {
  private everything: Element[] | null = null

  constructor(private readonly root: Element) {}

  get all(): readonly Element[] {
    this.everything ??= [this.root, ...this.root.querySelectorAll('*')]
    return this.everything
  }

  query(selectorList: string): Element[] {
    const found = [...this.root.querySelectorAll(selectorList)]
    return this.root.matches(selectorList) ? [this.root, ...found] : found
  }

  has(selectorList: string): boolean {
    return this.root.matches(selectorList) || this.root.querySelector(selectorList) !== null
  }
}
