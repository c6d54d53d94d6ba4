/**
 * Cleans a clone of the page before Readability scores it. Generic rules first, then the site
 * adapter's exact ones. Every removal goes through one guard so no rule can take the story.
 */
import type { PageAnalysis } from '../detect.ts'
import { removeBoilerplateByClass } from './boilerplate-classes.ts'
import { markCaptions } from './captions.ts'
import { removeRepeatedBlocks } from './duplicates.ts'
import { RemovalGuard } from './guard.ts'
import { revealHiddenStory } from './hidden-story.ts'
import { resolveImages } from './images.ts'
import { removePageChrome } from './page-chrome.ts'
import { removeRecirculation } from './recirculation.ts'
import { removeShareBars } from './share-links.ts'
import { removeWidgets } from './widgets.ts'

export interface CleanReport {
  /** Elements removed, per rule: shown in debug output and used by tests. */
  removed: Record<string, number>
  /** The adapter's story container, when the template marks it. */
  container: Element | null
}

function findContainer(analysis: PageAnalysis): Element | null {
  for (const selector of analysis.adapter?.content ?? []) {
    const el = analysis.index.query(selector)[0]
    if (el && (el.textContent ?? '').trim().length > 200) return el
  }
  return null
}

/** Cleans `doc` in place. `doc` must be a clone: this is destructive. */
export function cleanDocument(doc: Document, analysis: PageAnalysis): CleanReport {
  const removed: Record<string, number> = {}
  const body = doc.body
  if (!body) return { removed, container: null }
  resolveImages(doc, analysis.index)
  const container = findContainer(analysis)
  const guard = new RemovalGuard(analysis.index, analysis.stats, container ? [container] : [])

  removed.revealed = revealHiddenStory(guard)
  removed.captions = markCaptions(doc, guard)

  // The attribution line leaves the body; its links were already read as sources.
  removed.attribution = 0
  for (const a of analysis.attributions) if (guard.remove(a.element)) removed.attribution++

  removed.adapter = 0
  for (const selector of analysis.adapter?.remove ?? []) {
    for (const el of analysis.index.query(selector)) if (guard.remove(el)) removed.adapter++
  }
  removed.duplicates = removeRepeatedBlocks(guard, analysis.repeatedBlocks)
  removed.chrome = removePageChrome(guard)
  removed.share = removeShareBars(guard)
  removed.recirculation = removeRecirculation(guard)
  removed.widgets = removeWidgets(guard)
  removed.classes = removeBoilerplateByClass(guard)
  return { removed, container }
}
