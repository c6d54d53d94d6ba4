/**
 * Save operations for extension pages (popup, reader tab): straight to IndexedDB. The store and
 * Dexie load on first use, after the story is on screen, so they do not slow the popup's paint.
 */
import browser from 'webextension-polyfill'
import type { ArticleResult } from '../messaging/outcome.ts'
import { LIST_PAGE } from '../shared/pages.ts'
import type { SaveOperations } from './save-button.tsx'

export function librarySaveOps(result: ArticleResult, pageUrl: string): SaveOperations {
  const load = () => import('../library/save-result.ts')
  return {
    isSaved: async () => (await load()).isResultSaved(result, pageUrl),
    save: async () => (await (await load()).saveResult(result, pageUrl)).kind,
    listUrl: browser.runtime.getURL(LIST_PAGE),
  }
}
