/**
 * Cleans the page before Readability scores it. Generic rules first, then the site adapter's
 * exact ones. Every removal goes through one guard so no rule can take the story. The page is
 * only read: cleaning yields a plan, and the clone Readability gets is built from it.
 */
import type { PageAnalysis } from '../detect.ts'
import { removeBoilerplateByClass } from './boilerplate-classes.ts'
import { markCaptions } from './captions.ts'
import { removeRepeatedBlocks } from './duplicates.ts'
import { RemovalGuard } from './guard.ts'
import { revealHiddenStory } from './hidden-story.ts'
import { resolveImages } from './images.ts'
import { removePageChrome } from './page-chrome.ts'
import { CleaningPlan } from './plan.ts'
import { removeRecirculation } from './recirculation.ts'
import { removeShareBars } from './share-links.ts'
import { removeWidgets } from './widgets.ts'

export interface CleanReport {
  /** Elements removed, per rule: shown in debug output and used by tests. */
  removed: Record<string, number>
  /** The adapter's story container (in the page), when the template marks it. */
  container: Element | null
  /** What to change; build-clone.ts makes the cleaned copy from it. */
  plan: CleaningPlan
}

function findContainer(analysis: PageAnalysis, plan: CleaningPlan): Element | null {
  for (const selector of analysis.adapter?.content ?? []) {
    const el = plan.query(selector)[0]
    if (el && plan.rawText(el).trim().length > 200) return el
  }
  return null
}

/** Plans the cleaning of the analysed page; the page itself is left as it is. */
export function planCleaning(doc: Document, analysis: PageAnalysis): CleanReport {
  const removed: Record<string, number> = {}
  const plan = new CleaningPlan(analysis.index, analysis.stats)
  if (!doc.body) return { removed, container: null, plan }
  resolveImages(plan)
  const container = findContainer(analysis, plan)
  const guard = new RemovalGuard(plan, container ? [container] : [])

  removed.revealed = revealHiddenStory(guard)
  removed.captions = markCaptions(guard)

  // The attribution line leaves the body; its links were already read as sources.
  removed.attribution = 0
  for (const a of analysis.attributions) if (guard.remove(a.element)) removed.attribution++

  removed.adapter = 0
  for (const selector of analysis.adapter?.remove ?? []) {
    for (const el of plan.query(selector)) if (guard.remove(el)) removed.adapter++
  }
  removed.duplicates = removeRepeatedBlocks(guard, analysis.repeatedBlocks)
  removed.chrome = removePageChrome(guard)
  removed.share = removeShareBars(guard)
  removed.recirculation = removeRecirculation(guard)
  removed.widgets = removeWidgets(guard)
  removed.classes = removeBoilerplateByClass(guard)
  return { removed, container, plan }
}
