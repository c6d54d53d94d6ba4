/**
 * zod issues as sentences for the user. The mini build carries no message locale (that is what
 * keeps it small), so the wording is ours, in the UI language: which item, which field, what
 * was expected.
 */
import type { z } from 'zod/mini'
import { formatList, formatNumber } from '../../i18n/format.ts'
import { type PlainKey, t } from '../../i18n/t.ts'
import { formatName } from './format-name.ts'
import type { ImportFormat } from './sniff.ts'

type Issue = z.core.$ZodIssue

/** What a format calls its items: rows of a CSV, links of a Pocket page, entries, items. */
export type ItemUnit = 'row' | 'link' | 'entry' | 'item'

const ITEM_OF = {
  row: 'importRowOf',
  link: 'importLinkOf',
  entry: 'importEntryOf',
  item: 'importItemOf',
} as const

export interface IssuePlace {
  format: ImportFormat
  unit: ItemUnit
  /** 0-based index of the item, for a check of one item on its own. */
  index?: number
  /** Leading path steps that sit above the item list (`items` in our JSON). */
  pathStart?: number
  /** The file's own name for a field, where ours differs (`timeAdded` → `time_added`). */
  fieldNames?: Readonly<Record<string, string>>
}

/**
 * "Row 3 of this Pocket CSV: "status" should be one of …". `root` is the value that was
 * checked: an array whose first path step is the item's index, unless `place.index` is given.
 */
export function describeIssue(issue: Issue, root: unknown, place: IssuePlace): string {
  const rest = issue.path.slice(place.pathStart ?? 0)
  const index = place.index ?? rest[0]
  const fieldPath = place.index === undefined && typeof index === 'number' ? rest.slice(1) : rest
  const field = fieldPath.map((step) => place.fieldNames?.[String(step)] ?? String(step)).join('.')
  const format = formatName(place.format)
  const subject =
    typeof index === 'number'
      ? t(ITEM_OF[place.unit], { number: formatNumber(index + 1), format })
      : t('importThisFile', { format })
  const problem = problemOf(issue, valueAt(root, issue.path))
  return field === ''
    ? t('importIssue', { subject, problem })
    : t('importIssueInField', { subject, field, problem })
}

/** The offending value, looked up again: the final issues do not carry their input. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null || typeof key === 'symbol') return undefined
    if (!Object.hasOwn(value, key)) return undefined
    value = (value as Record<string | number, unknown>)[key]
  }
  return value
}

function problemOf(issue: Issue, value: unknown): string {
  // A schema's own wording (given with `{ error }`, already in the UI language) beats ours.
  if (issue.message && issue.message !== 'Invalid input') return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? t('importProblemMissing')
        : t('importProblemType', { expected: typeName(issue.expected) })
    case 'invalid_value':
      return t('importProblemOneOf', {
        values: formatList(issue.values.map((v) => JSON.stringify(v))),
      })
    case 'invalid_union':
      return t('importProblemWrongKind')
    case 'too_big':
      return t('importProblemTooBig', { max: limit(issue.maximum) })
    case 'too_small':
      return t('importProblemTooSmall', { min: limit(issue.minimum) })
    case 'invalid_format':
      return t('importProblemFormat', { format: issue.format })
    default:
      return t('importProblemInvalid')
  }
}

function limit(value: number | bigint): string {
  return typeof value === 'number' ? formatNumber(value) : String(value)
}

const TYPE_NAMES: Readonly<Record<string, PlainKey>> = {
  string: 'importTypeText',
  number: 'importTypeNumber',
  int: 'importTypeWholeNumber',
  boolean: 'importTypeBoolean',
  array: 'importTypeList',
  object: 'importTypeObject',
  null: 'importTypeNull',
}

function typeName(expected: string): string {
  return Object.hasOwn(TYPE_NAMES, expected) ? t(TYPE_NAMES[expected] as PlainKey) : expected
}

/** The `{ error }` of a schema check whose value should be Unix seconds; worded when it fails. */
export const UNIX_TIME_ERROR = { error: () => t('importProblemUnixTime') }
