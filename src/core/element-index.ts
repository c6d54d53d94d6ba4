/**
 * Every element of a document, gathered in one walk and indexed by tag, class, id and attribute
 * name. Cleaning runs dozens of selectors; in jsdom (the CLI, the benchmarks) each whole-document
 * `querySelectorAll` walks every element again and costs ~0.3 s on a 5 MB page. Here a selector
 * only tests the elements that could match its last compound (`.jeg_header` → elements with that
 * class) with `Element.matches`, which is cheap. Browsers gain little but lose nothing.
 */
export class ElementIndex {
  readonly all: Element[] = []
  private readonly byTag = new Map<string, Element[]>()
  private readonly byClass = new Map<string, Element[]>()
  private readonly byId = new Map<string, Element[]>()
  private readonly byAttr = new Map<string, Element[]>()
  private readonly position = new WeakMap<Element, number>()
  /** One past the position of the element's last descendant: its subtree is [position, end). */
  private readonly end = new WeakMap<Element, number>()

  constructor(root: Element) {
    this.walk(root)
  }

  private walk(el: Element): void {
    this.position.set(el, this.all.length)
    this.all.push(el)
    add(this.byTag, el.localName, el)
    for (const name of el.getAttributeNames()) {
      add(this.byAttr, name, el)
      if (name === 'class') for (const c of el.classList) add(this.byClass, c, el)
      else if (name === 'id') add(this.byId, el.id, el)
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) this.walk(child)
    this.end.set(el, this.all.length)
  }

  /** The element's place in document order, or undefined when it was not indexed. */
  positionOf(el: Element): number | undefined {
    return this.position.get(el)
  }

  /** One past the last position of the element's subtree. */
  endOf(el: Element): number | undefined {
    return this.end.get(el)
  }

  /**
   * Like `querySelectorAll` over the indexed tree: document order, no duplicates. The tree is
   * only read while the index lives (cleaning records its changes in a plan instead of making
   * them), so no connectedness check is needed.
   */
  query(selectorList: string): Element[] {
    const selectors = splitList(selectorList)
    const found = new Set<Element>()
    for (const selector of selectors) {
      const simple = parseSimple(selector)
      for (const el of this.candidates(selector)) {
        if (!found.has(el) && (simple ? simple(el) : el.matches(selector))) found.add(el)
      }
    }
    if (selectors.length === 1) return [...found]
    // Back into document order: sorting plain numbers is far cheaper than comparing elements.
    const positions = Int32Array.from(found, (el) => this.position.get(el) ?? 0).sort()
    return Array.from(positions, (at) => this.all[at]!)
  }

  has(selectorList: string): boolean {
    return splitList(selectorList).some((s) => this.candidates(s).some((el) => el.matches(s)))
  }

  /** The elements that could match `selector`: those sharing its last compound's id, class, tag or attribute. */
  private candidates(selector: string): Element[] {
    const compound = lastCompound(selector)
    const id = /#([\w-]+)/.exec(compound)?.[1]
    if (id) return this.byId.get(id) ?? []
    const cls = /\.([\w-]+)/.exec(compound)?.[1]
    if (cls) return this.byClass.get(cls) ?? []
    const tag = /^([a-zA-Z][\w-]*)/.exec(compound)?.[1]
    if (tag) return this.byTag.get(tag.toLowerCase()) ?? []
    const attr = /^\[([\w-]+)/.exec(compound)?.[1]
    if (attr) return this.byAttr.get(attr.toLowerCase()) ?? []
    return this.all
  }
}

function add(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key)
  if (list) list.push(el)
  else map.set(key, [el])
}

/** Splits "a, b:not(c, d), e" at top-level commas. */
function splitList(list: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i++) {
    const ch = list[i]
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i).trim())
      start = i + 1
    }
  }
  out.push(list.slice(start).trim())
  return out.filter(Boolean)
}

/** The last compound selector: "article .entry > p.lead" → "p.lead". Pseudo-class arguments are dropped. */
function lastCompound(selector: string): string {
  let depth = 0
  let start = 0
  for (let i = 0; i < selector.length; i++) {
    const ch = selector[i]
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) start = i + 1
  }
  // Drop :not(...) and other pseudo-classes so their contents do not pick the candidates.
  return selector.slice(start).replace(/:[\w-]+(\([^)]*\))?/g, '')
}

type Test = (el: Element) => boolean
const simpleCache = new Map<string, Test | null>()

/**
 * A matcher for the common simple case, `tag.class#id[attr="value" i]` with no combinator or
 * pseudo-class, written as plain property reads; jsdom's `matches` costs far more per call.
 * Anything else returns null and goes to `Element.matches`.
 */
function parseSimple(selector: string): Test | null {
  const cached = simpleCache.get(selector)
  if (cached !== undefined) return cached
  const test = compileSimple(selector)
  simpleCache.set(selector, test)
  return test
}

function compileSimple(selector: string): Test | null {
  const m =
    /^([a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)((?:\[[\w-]+(?:[~*^$|]?="[^"]*"(?: i)?)?\])*)$/.exec(
      selector,
    )
  if (!m) return null
  const tag = m[1]?.toUpperCase()
  const classes = [...(m[2] ?? '').matchAll(/\.([\w-]+)/g)].map((x) => x[1]!)
  const id = /#([\w-]+)/.exec(m[2] ?? '')?.[1]
  const attrs = [...(m[3] ?? '').matchAll(/\[([\w-]+)(?:([~*^$|]?)="([^"]*)"( i)?)?\]/g)].map(
    (x) => {
      const insensitive = Boolean(x[4])
      return {
        name: x[1]!,
        op: x[2] ?? '',
        value: insensitive ? (x[3] ?? '').toLowerCase() : x[3],
        insensitive,
      }
    },
  )
  return (el) => {
    if (tag && el.tagName !== tag) return false
    if (id && el.id !== id) return false
    for (const c of classes) if (!el.classList.contains(c)) return false
    for (const a of attrs) {
      const raw = el.getAttribute(a.name)
      if (raw === null) return false
      if (a.value === undefined) continue
      const v = a.insensitive ? raw.toLowerCase() : raw
      const ok =
        a.op === ''
          ? v === a.value
          : a.op === '*'
            ? v.includes(a.value)
            : a.op === '^'
              ? v.startsWith(a.value)
              : a.op === '$'
                ? v.endsWith(a.value)
                : a.op === '~'
                  ? v.split(/\s+/).includes(a.value)
                  : v === a.value || v.startsWith(`${a.value}-`)
      if (!ok) return false
    }
    return true
  }
}
