/**
 * Runs the injected extractor in a tab and turns whatever happens into an ExtractOutcome.
 * Needs the activeTab grant that a toolbar click, the shortcut or a context-menu click gives;
 * there are no host permissions and no declared content scripts.
 */
import browser from 'webextension-polyfill'
import type { ExtractionResult } from '../core/types.ts'
import { EXTRACTOR_FILE, EXTRACTOR_GLOBAL } from '../messaging/extractor-reply.ts'
import { isRecord, isString } from '../messaging/guards.ts'
import { type ExtractOutcome, type ExtractTrigger, hasArticle } from '../messaging/outcome.ts'
import { isExtractionResult } from '../messaging/validate-result.ts'
import { restrictionForError, restrictionForUrl } from './restricted-pages.ts'

interface Base {
  tabId: number
  pageUrl: string | null
  at: number
}

/** Runs in the page's isolated world, so it must be self-contained (it is serialised). */
function callExtractor(globalName: string): unknown {
  const fn: unknown = Reflect.get(globalThis, globalName)
  return typeof fn === 'function' ? fn() : null
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
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
  const known = restrictionForUrl(base.pageUrl)
  if (known) return { ...base, kind: 'restricted', restriction: known }
  try {
    // The file defines the extractor, the function calls it and returns its JSON (a file's own
    // completion value is not a dependable way to return a result). The isolated world keeps
    // the extractor for as long as the document lives, so the function is tried first: on a
    // page read before, that is one round trip, without loading and compiling the file again.
    const call = () =>
      browser.scripting.executeScript({
        target: { tabId },
        func: callExtractor,
        args: [EXTRACTOR_GLOBAL],
      })
    let [frame] = await call()
    if (frame?.result === null || frame?.result === undefined) {
      await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] })
      ;[frame] = await call()
    }
    return outcomeFromReply(frame?.result, base)
  } catch (error) {
    const message = errorMessage(error)
    const restriction = restrictionForError(message, base.pageUrl, trigger)
    if (restriction) return { ...base, kind: 'restricted', restriction }
    return { ...base, kind: 'error', message }
  }
}
