/**
 * Navigation printed more than once (desktop, sticky and mobile headers): a hallmark of the
 * themes aggregators run on, and boilerplate to remove wherever it is.
 */
import type { ElementIndex } from './element-index.ts'
import type { TextStats } from './text-stats.ts'
import { normalizeSpace } from './text.ts'

const NAV_LIKE = 'nav, ul, ol, menu, [role="navigation"], [role="menu"], [role="menubar"]'

/** Lists of links whose text appears two or more times on the page, outermost copies only. */
export function findDuplicatedNav(index: ElementIndex, stats: TextStats): Element[][] {
  const byText = new Map<string, Element[]>()
  for (const el of index.query(NAV_LIKE)) {
    const chars = stats.chars(el)
    if (chars < 15 || chars > 16_000 || stats.linkDensity(el) < 0.5) continue
    if (el.querySelectorAll('a').length < 3) continue
    const text = normalizeSpace(el.textContent ?? '').toLowerCase()
    if (text.length < 15 || text.length > 4000) continue
    const group = byText.get(text)
    if (group) group.push(el)
    else byText.set(text, [el])
  }
  const groups: Element[][] = []
  for (const group of byText.values()) {
    // Copies nested in one another are one block seen twice, not a duplicate.
    const separate = group.filter((el) => !group.some((other) => other !== el && other.contains(el)))
    if (separate.length >= 2) groups.push(separate)
  }
  return groups
}
