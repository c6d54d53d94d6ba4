/**
 * Blocks printed more than once: the desktop, sticky and mobile copies of a header with its
 * search box, the same headline list in the sidebar and the footer. A hallmark of the themes
 * aggregators run on, and furniture wherever it is: the story itself is printed once.
 */
import type { ElementIndex } from './element-index.ts'
import { normalizeSpace } from './text.ts'
import type { TextStats } from './text-stats.ts'

const CANDIDATES = 'header, footer, nav, aside, section, div, ul, ol, form, menu'

/**
 * The candidates worth reading: only blocks whose text could equal another's. Equal normalised
 * texts have equal counts of non-space characters (measured by TextStats), so a count no other
 * candidate shares rules a block out without reading its text (most blocks, and reading text is
 * the expensive part).
 */
function possibleCopies(elements: Element[], stats: TextStats): Element[] {
  const byCount = new Map<number, Element[]>()
  for (const el of elements) {
    const s = stats.of(el)
    if (s.chars < 8 || s.chars > 20_000) continue
    const list = byCount.get(s.solidChars)
    if (list) list.push(el)
    else byCount.set(s.solidChars, [el])
  }
  const keep = new Set<Element>()
  for (const list of byCount.values()) {
    // A wrapper and the block it wraps share their text: a chain of such is one block, not copies.
    if (list.length >= 2 && !isOneChain(list)) for (const el of list) keep.add(el)
  }
  return elements.filter((el) => keep.has(el))
}

/** Whether each element (in document order) contains the next. */
function isOneChain(list: Element[]): boolean {
  return list.every((el, i) => i === 0 || list[i - 1]!.contains(el))
}

/** Groups of two or more separate copies of one link-heavy or control-bearing block. */
export function findRepeatedBlocks(index: ElementIndex, stats: TextStats): Element[][] {
  const byText = new Map<string, Element[]>()
  for (const el of possibleCopies(index.query(CANDIDATES), stats)) {
    const text = normalizeSpace(el.textContent ?? '').toLowerCase()
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
