/**
 * Checks the shape of an ExtractionResult that crossed a trust boundary. The extractor runs
 * inside the web page (a compromised renderer could answer anything), and stored results may
 * predate a schema change, so nothing is rendered before it passes this check.
 */
import {
  type Article,
  type ExtractionResult,
  NO_ARTICLE_CODES,
  type SignalNote,
  type Source,
  type SourceKind,
} from '../core/types.ts'
import {
  isArrayOf,
  isFiniteNumber,
  isNullableString,
  isOneOf,
  isRecord,
  isString,
} from './guards.ts'

const SOURCE_KINDS: readonly SourceKind[] = ['original', 'publisher', 'canonical', 'page']

function isSource(value: unknown): value is Source {
  return (
    isRecord(value) &&
    isString(value.url) &&
    isString(value.label) &&
    isOneOf(SOURCE_KINDS, value.kind)
  )
}

function isSignalNote(value: unknown): value is SignalNote {
  if (!isRecord(value)) return false
  switch (value.code) {
    case 'line':
      return isString(value.text)
    case 'points-to':
      return isString(value.field) && isString(value.host)
    case 'names':
      return isString(value.field) && isString(value.name)
    case 'template':
      return isString(value.name) && typeof value.republishes === 'boolean'
    case 'repeated-blocks':
      return isFiniteNumber(value.blocks) && isFiniteNumber(value.copies)
    case 'no-article':
      return isOneOf(NO_ARTICLE_CODES, value.reason)
    default:
      return false
  }
}

function isSignal(value: unknown): value is { kind: string; detail: string; note?: SignalNote } {
  return (
    isRecord(value) &&
    isString(value.kind) &&
    isString(value.detail) &&
    // Results saved before notes existed have none.
    (value.note === undefined || isSignalNote(value.note))
  )
}

function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false
  const nullableStrings = ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'leadImage']
  return (
    isString(value.title) &&
    nullableStrings.every((key) => isNullableString(value[key])) &&
    (value.dir === null || value.dir === 'ltr' || value.dir === 'rtl') &&
    isString(value.html) &&
    isString(value.text) &&
    isFiniteNumber(value.wordCount) &&
    isFiniteNumber(value.readingTimeMinutes) &&
    (value.isExcerpt === undefined || typeof value.isExcerpt === 'boolean')
  )
}

export function isExtractionResult(value: unknown): value is ExtractionResult {
  if (!isRecord(value) || !isRecord(value.detection)) return false
  return (
    typeof value.isAggregator === 'boolean' &&
    isFiniteNumber(value.detection.confidence) &&
    isArrayOf(value.detection.signals, isSignal) &&
    (value.article === null || isArticle(value.article)) &&
    isNullableString(value.noArticleReason) &&
    (value.noArticleCode === undefined ||
      value.noArticleCode === null ||
      isOneOf(NO_ARTICLE_CODES, value.noArticleCode)) &&
    isArrayOf(value.sources, isSource)
  )
}
