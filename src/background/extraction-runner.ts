/**
 * Runs the injected extractor in a tab and turns whatever happens into an ExtractOutcome.
 * Needs the activeTab grant that a toolbar click, the shortcut or a context-menu click gives;
 * there are no host permissions and no declared content scripts.
 */
import browser from 'webextension-polyfill'
import type { ExtractionResult } from '../core/types.ts'
import { isRecord, isString } from '../messaging/guards.ts'
import { type ExtractOutcome, type ExtractTrigger, hasArticle } from '../messaging/outcome.ts'
import { type ExtractorRun, runExtractor } from '../messaging/run-extractor.ts'
import { isExtractionResult } from '../messaging/validate-result.ts'
import { restrictionForError, restrictionForUrl } from './restricted-pages.ts'

export interface Base {
  tabId: number
  pageUrl: string | null
  at: number
}

function pageUrlFrom(result: ExtractionResult, fallback: string | null): string | null {
  return fallback ?? result.sources.find((s) => s.kind === 'page')?.url ?? null
}

/** Turns the extractor's reply (untrusted: it was built inside the page) into an outcome. */
function outcomeFromReply(reply: unknown, base: Base): ExtractOutcome {
  if (!isRecord(reply)) {
    return { ...base, kind: 'error', message: 'The page did not answer. It may still be loading.' }
  }
  if (reply.kind === 'pdf') return { ...base, kind: 'restricted', restriction: 'pdf' }
  if (reply.kind === 'failed' && isString(reply.message)) {
    return { ...base, kind: 'error', message: `Reading the page failed: ${reply.message}` }
  }
  if (reply.kind !== 'result' || !isExtractionResult(reply.result)) {
    return { ...base, kind: 'error', message: 'The page sent back something unexpected.' }
  }
  const result = reply.result
  const withUrl = { ...base, pageUrl: pageUrlFrom(result, base.pageUrl) }
  if (hasArticle(result)) return { ...withUrl, kind: 'article', result }
  const reason = result.noArticleReason ?? 'No story was found on this page.'
  return { ...withUrl, kind: 'no-article', reason, result }
}

/** The restriction the tab's URL alone proves, as an outcome; null when only trying can tell. */
export function restrictedByUrl(base: Base): ExtractOutcome | null {
  const known = restrictionForUrl(base.pageUrl)
  return known ? { ...base, kind: 'restricted', restriction: known } : null
}

/** What running the extractor in the tab (see runExtractor) came to, as an outcome. */
export function outcomeFromRun(
  base: Base,
  trigger: ExtractTrigger,
  run: ExtractorRun,
): ExtractOutcome {
  if ('reply' in run) return outcomeFromReply(run.reply, base)
  const restriction = restrictionForError(run.error, base.pageUrl, trigger)
  if (restriction) return { ...base, kind: 'restricted', restriction }
  return { ...base, kind: 'error', message: run.error }
}

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
  } catch {
    return { ...base, kind: 'error', message: 'This tab is no longer open.' }
  }
  return (
    restrictedByUrl(base) ??
    outcomeFromRun(base, trigger, await runExtractor(browser.scripting, tabId))
  )
}
