/**
 * Blocks printed more than once: the desktop, sticky and mobile copies of a header, the same
 * headline list in the sidebar and the footer. The story is printed once, so every copy of a
 * repeated link-heavy block is furniture.
 */
import { findDuplicatedNav } from '../duplicated-nav.ts'
import { normalizeSpace } from '../text.ts'
import type { TextStats } from '../text-stats.ts'
import type { RemovalGuard } from './guard.ts'

const CANDIDATES = 'header, footer, nav, aside, section, div, ul, ol, form, menu'

/** Link-heavy blocks whose whole text occurs two or more times on the page. */
function repeatedLinkBlocks(guard: RemovalGuard): Element[] {
  const stats = guard.stats
  const byText = new Map<string, Element[]>()
  for (const el of guard.index.query(CANDIDATES)) {
    const chars = stats.chars(el)
    if (chars < 12 || chars > 20_000) continue
    const text = normalizeSpace(el.textContent ?? '').toLowerCase()
    if (text.length < 12) continue
    const group = byText.get(text)
    if (group) group.push(el)
    else byText.set(text, [el])
  }
  const out: Element[] = []
  for (const [text, group] of byText) {
    if (group.length < 2) continue
    const separate = group.filter((el) => !group.some((o) => o !== el && o.contains(el)))
    if (separate.length < 2) continue
    // Only furniture repeats as links or as short labels; repeated prose (a pull quote) stays.
    const first = separate[0]!
    let linked = 0
    for (const a of first.querySelectorAll('a')) linked += normalizeSpace(a.textContent ?? '').length
    const mostlyLinks = linked / text.length >= 0.5
    const shortChrome = text.length <= 120 && first.querySelector('p') === null
    if (mostlyLinks || shortChrome || first.querySelector('input, form, button')) out.push(...separate)
  }
  return out
}

export function removeDuplicatedBlocks(guard: RemovalGuard, navGroups: Element[][]): number {
  let removed = 0
  for (const group of navGroups) for (const el of group) if (guard.remove(el)) removed++
  for (const el of repeatedLinkBlocks(guard)) if (guard.remove(el)) removed++
  // Nav lists can reappear once the first pass has removed their wrappers' differences.
  for (const group of findDuplicatedNav(guard.index, guard.stats)) for (const el of group) if (guard.remove(el)) removed++
  return removed
}
