/**
 * Runs the injected extractor in a tab and turns whatever happens into an ExtractOutcome.
 * Needs the activeTab grant that a toolbar click, the shortcut or a context-menu click gives;
 * there are no host permissions and no declared content scripts.
 */
import browser from 'webextension-polyfill'
import type { ExtractOutcome, ExtractTrigger } from '../messaging/outcome.ts'
import { type Base, outcomeFromRun, restrictedByUrl } from '../messaging/outcome-from-run.ts'
import { errorDetail } from '../messaging/problems.ts'
import { runExtractor } from '../messaging/run-extractor.ts'

async function tabUrl(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId)
  // For a PDF, both browsers keep the PDF's own address as the tab URL, so an error while
  // scripting the viewer can still be told apart by the path (see restrictionForError).
  return tab.url ?? null
}

export async function extractFromTab(
  tabId: number,
  trigger: ExtractTrigger,
): Promise<ExtractOutcome> {
  const base: Base = { tabId, pageUrl: null, at: Date.now() }
  try {
    base.pageUrl = await tabUrl(tabId)
  } catch (error) {
    return { ...base, kind: 'error', problem: 'tab-closed', detail: errorDetail(error) }
  }
  return (
    restrictedByUrl(base) ??
    outcomeFromRun(base, trigger, await runExtractor(browser.scripting, tabId))
  )
}
