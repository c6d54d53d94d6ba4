/**
 * What running the extractor in a tab came to, as an ExtractOutcome. Pure, shared by the
 * background (which runs the extractor for the shortcut, the menu and the reader) and the popup
 * (whose boot script runs it first thing).
 */
import { NO_ARTICLE_REASON } from '../core/no-article.ts'
import type { ExtractionResult } from '../core/types.ts'
import { isRecord, isString } from './guards.ts'
import { type ExtractOutcome, type ExtractTrigger, hasArticle } from './outcome.ts'
import { classifyError } from './problems.ts'
import { restrictionForError, restrictionForUrl } from './restricted-pages.ts'
import type { ExtractorRun } from './run-extractor.ts'
import { isExtractionResult } from './validate-result.ts'

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
    return { ...base, kind: 'error', problem: 'no-answer', detail: `reply: ${String(reply)}` }
  }
  if (reply.kind === 'pdf') return { ...base, kind: 'restricted', restriction: 'pdf' }
  if (reply.kind === 'failed' && isString(reply.message)) {
    return { ...base, kind: 'error', problem: 'reading-failed', detail: reply.message }
  }
  if (reply.kind !== 'result' || !isExtractionResult(reply.result)) {
    return { ...base, kind: 'error', problem: 'reading-failed', detail: 'unexpected reply' }
  }
  const result = reply.result
  const withUrl = { ...base, pageUrl: pageUrlFrom(result, base.pageUrl) }
  if (hasArticle(result)) return { ...withUrl, kind: 'article', result }
  const code = result.noArticleCode ?? 'nothing-found'
  const reason = result.noArticleReason ?? NO_ARTICLE_REASON[code]
  return { ...withUrl, kind: 'no-article', code, reason, result }
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
  return { ...base, kind: 'error', problem: classifyError(run.error), detail: run.error }
}
