/**
 * zod issues as sentences for the user. The mini build carries no message locale (that is what
 * keeps it small), so the wording is ours: which item, which field, what was expected.
 */
import type { z } from 'zod/mini'

type Issue = z.core.$ZodIssue

/**
 * "Row 3 of this Pocket CSV: "status" should be one of …". `root` is the value that was
 * checked: an array whose first path step is the item's index, unless `index` (0-based) is
 * given, for a check of one item on its own. `unit` names the format's items ("Row", "Entry").
 * `pathStart` skips leading path steps that sit above the item list (`items` in our JSON).
 */
export function describeIssue(
  issue: Issue,
  root: unknown,
  where: { format: string; unit: string; index?: number; pathStart?: number },
): string {
  const rest = issue.path.slice(where.pathStart ?? 0)
  const index = where.index ?? rest[0]
  const fieldPath = where.index === undefined && typeof index === 'number' ? rest.slice(1) : rest
  const field = fieldPath.map(String).join('.')
  const subject =
    typeof index === 'number'
      ? `${where.unit} ${index + 1} of this ${where.format}`
      : `This ${where.format}`
  const what = field === '' ? '' : `: "${field}"`
  return `${subject}${what} ${problem(issue, valueAt(root, issue.path))}.`
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

function problem(issue: Issue, value: unknown): string {
  // A schema's own wording (given with `{ error }`) beats the generic one.
  if (issue.message && issue.message !== 'Invalid input') return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is missing' : `should be ${article(issue.expected)}`
    case 'invalid_value':
      return `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_union':
      return 'has a value of the wrong kind'
    case 'too_big':
      return `is too large (at most ${String(issue.maximum)})`
    case 'too_small':
      return `is too small (at least ${String(issue.minimum)})`
    case 'invalid_format':
      return `is not a valid ${issue.format}`
    default:
      return 'is not valid'
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  }
  return names[expected] ?? expected
}
