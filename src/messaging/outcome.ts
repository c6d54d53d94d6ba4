/**
 * What one extraction attempt on a tab came to. Every context (background, popup, reader) shows
 * one of these four cases, so the UI can never end up blank: there is always a case to render.
 */
import type { Article, ExtractionResult, NoArticleCode } from '../core/types.ts'
import type { Problem } from './problems.ts'

/** Why the extension may not read a tab, each with its own plain explanation in the UI. */
export type Restriction =
  /** chrome://, about:, edge://, moz-extension:// … the browser's own pages. */
  | 'browser-page'
  /** Chrome Web Store, addons.mozilla.org: browsers block every extension there. */
  | 'extension-store'
  | 'view-source'
  | 'pdf'
  /** file: pages while "Allow access to file URLs" is off. */
  | 'file-access'
  /** data:, blob:, javascript: and other addresses that are not web pages. */
  | 'not-web'
  /**
   * Refused right after the user's gesture, with no URL to tell why: a page that failed to
   * load, a source view, some browser pages. Chrome hides the URL of tabs it will not grant.
   */
  | 'unreadable'
  /** Refused later, from the reader tab: the activeTab grant ended (the page navigated). */
  | 'no-permission'

/**
 * What started an extraction: a gesture on the tab itself (toolbar button, shortcut, menu),
 * which grants activeTab, or a later request from the reader tab, which may find it expired.
 */
export type ExtractTrigger = 'gesture' | 'later'

/** An extraction result that holds an article. */
export type ArticleResult = ExtractionResult & { article: Article }

interface OutcomeBase {
  tabId: number
  /** The tab's address when known; `null` when the browser did not tell us. */
  pageUrl: string | null
  /** `Date.now()` of the attempt. */
  at: number
}

export type ExtractOutcome =
  | (OutcomeBase & { kind: 'article'; result: ArticleResult })
  /** `code` says why, for the UI to explain in the reader's language; `reason` is core's English. */
  | (OutcomeBase & {
      kind: 'no-article'
      code: NoArticleCode
      reason: string
      result: ExtractionResult | null
    })
  | (OutcomeBase & { kind: 'restricted'; restriction: Restriction })
  /** `detail`: the raw error, for the console only; the UI explains `problem` in words. */
  | (OutcomeBase & { kind: 'error'; problem: Problem; detail: string })

export function hasArticle(result: ExtractionResult): result is ArticleResult {
  return result.article !== null
}
