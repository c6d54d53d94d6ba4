/** Removes every copy of a block the page prints more than once (see repeated-blocks.ts). */
import type { RemovalGuard } from './guard.ts'

export function removeRepeatedBlocks(guard: RemovalGuard, groups: Element[][]): number {
  let removed = 0
  for (const group of groups) for (const el of group) if (guard.remove(el)) removed++
  return removed
}
