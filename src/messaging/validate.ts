/** Runtime checks for messages and stored outcomes: the `unknown` → typed gate. */

import { NO_ARTICLE_CODES } from '../core/types.ts'
import { isFiniteNumber, isNullableString, isOneOf, isRecord, isString, isTabId } from './guards.ts'
import type { ExtractOutcome, Restriction } from './outcome.ts'
import { PROBLEMS } from './problems.ts'
import type { RequestMessage, RequestType, ResponseOf } from './protocol.ts'
import { isExtractionResult } from './validate-result.ts'

export function isRequestMessage(value: unknown): value is RequestMessage {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'extractTab':
      return isTabId(value.tabId) && (value.trigger === 'gesture' || value.trigger === 'later')
    case 'getTabOutcome':
    case 'openReader':
      return isTabId(value.tabId)
    case 'syncAutoMode':
    case 'loadInPageReader':
      return true
    case 'saveStory':
    case 'isStorySaved':
      return isExtractionResult(value.result) && value.result.article !== null
    case 'reportPageVerdict':
      return typeof value.isAggregator === 'boolean' && typeof value.hasArticle === 'boolean'
    case 'keepOutcome':
      return isExtractOutcome(value.outcome)
    default:
      return false
  }
}

const RESTRICTIONS: readonly Restriction[] = [
  'browser-page',
  'extension-store',
  'view-source',
  'pdf',
  'file-access',
  'not-web',
  'unreadable',
  'no-permission',
]

export function isExtractOutcome(value: unknown): value is ExtractOutcome {
  if (!isRecord(value) || !isTabId(value.tabId) || !isFiniteNumber(value.at)) return false
  if (!isNullableString(value.pageUrl)) return false
  switch (value.kind) {
    case 'article':
      return isExtractionResult(value.result) && value.result.article !== null
    case 'no-article':
      return (
        isOneOf(NO_ARTICLE_CODES, value.code) &&
        isString(value.reason) &&
        (value.result === null || isExtractionResult(value.result))
      )
    case 'restricted':
      return isOneOf(RESTRICTIONS, value.restriction)
    case 'error':
      return isOneOf(PROBLEMS, value.problem) && isString(value.detail)
    default:
      return false
  }
}

/** One guard per response type: the client checks every answer before trusting it. */
export const responseGuards: { [K in RequestType]: (value: unknown) => value is ResponseOf<K> } = {
  extractTab: isExtractOutcome,
  getTabOutcome: (value): value is ResponseOf<'getTabOutcome'> =>
    isRecord(value) &&
    (value.outcome === null || isExtractOutcome(value.outcome)) &&
    typeof value.sourceOpen === 'boolean',
  keepOutcome: (value): value is ResponseOf<'keepOutcome'> =>
    isRecord(value) && value.kept === true,
  openReader: (value): value is ResponseOf<'openReader'> =>
    isRecord(value) && isTabId(value.readerTabId),
  syncAutoMode: (value): value is ResponseOf<'syncAutoMode'> =>
    isRecord(value) && Number.isInteger(value.registered),
  reportPageVerdict: (value): value is ResponseOf<'reportPageVerdict'> =>
    isRecord(value) && typeof value.shown === 'boolean',
  loadInPageReader: (value): value is ResponseOf<'loadInPageReader'> =>
    isRecord(value) && typeof value.loaded === 'boolean',
  saveStory: (value): value is ResponseOf<'saveStory'> =>
    isRecord(value) &&
    isOneOf(['added', 'merged', 'unchanged'], value.saved) &&
    isString(value.message),
  isStorySaved: (value): value is ResponseOf<'isStorySaved'> =>
    isRecord(value) && typeof value.saved === 'boolean',
}
