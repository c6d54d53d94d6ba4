/**
 * Blocks printed more than once: the desktop, sticky and mobile copies of a header with its
 * search box, the same headline list in the sidebar and the footer. A hallmark of the themes
 * aggregators run on, and furniture wherever it is: the story itself is printed once.
 */
import type { ElementIndex } from './element-index.ts'
import { normalizeSpace } from './text.ts'
import type { TextStats } from './text-stats.ts'

const CANDIDATES = 'header, footer, nav, aside, section, div, ul, ol, form, menu'

interface Candidate {
  el: Element
  /** Its normalised text, when it had to be read already. */
  text: string | null
  /** Characters other than spaces. */
  solid: number
  /** Place in document order. */
  order: number
}

/**
 * The candidates worth reading: only blocks whose text could equal another's. Equal normalised
 * texts have equal counts of non-space characters, so a count no other candidate shares rules a
 * block out without reading its text (most blocks, and reading text is the expensive part).
 */
function possibleCopies(elements: Element[], stats: TextStats): Candidate[] {
  const candidates: Candidate[] = []
  for (const [order, el] of elements.entries()) {
    const s = stats.of(el)
    if (s.chars < 8 || s.chars > 20_000) continue
    // Scripts and styles are in textContent but not in the counts: such blocks are read now.
    const text = s.hasUncounted ? normalizeSpace(el.textContent ?? '') : null
    const solid = text === null ? s.solidChars : text.replaceAll(' ', '').length
    candidates.push({ el, text, solid, order })
  }
  const byCount = new Map<number, Candidate[]>()
  for (const c of candidates) {
    const list = byCount.get(c.solid)
    if (list) list.push(c)
    else byCount.set(c.solid, [c])
  }
  // A wrapper and the block it wraps share their text: a chain of such is one block, not copies.
  return [...byCount.values()]
    .filter((list) => list.length >= 2 && !isOneChain(list))
    .flat()
    .sort((a, b) => a.order - b.order)
}

/** Whether each candidate (in document order) contains the next. */
function isOneChain(list: Candidate[]): boolean {
  return list.every((c, i) => i === 0 || list[i - 1]!.el.contains(c.el))
}

/** Groups of two or more separate copies of one link-heavy or control-bearing block. */
export function findRepeatedBlocks(index: ElementIndex, stats: TextStats): Element[][] {
  const byText = new Map<string, Element[]>()
  for (const { el, text: read } of possibleCopies(index.query(CANDIDATES), stats)) {
    const text = (read ?? normalizeSpace(el.textContent ?? '')).toLowerCase()
    if (text.length < 8) continue
    const group = byText.get(text)
    if (group) group.push(el)
    else byText.set(text, [el])
  }
  const groups: Element[][] = []
  for (const [text, group] of byText) {
    if (group.length < 2) continue
    // Copies nested in one another are one block seen twice, not a repeat.
    const separate = group.filter((el) => !group.some((o) => o !== el && o.contains(el)))
    if (separate.length < 2) continue
    // Only furniture repeats as links, short labels or search boxes; repeated prose (a pull
    // quote printed twice) stays for Readability to judge.
    const first = separate[0]!
    const mostlyLinks = stats.linkDensity(first) >= 0.5 && first.querySelector('a') !== null
    const shortChrome = text.length <= 120 && first.querySelector('p') === null
    if (mostlyLinks || shortChrome || first.querySelector('input, form, button'))
      groups.push(separate)
  }
  return groups
}
