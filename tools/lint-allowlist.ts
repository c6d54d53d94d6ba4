/**
 * Judges a `web-ext lint` report against the allowlist in docs/store/lint-allowlist.json: the
 * warnings we know of, each in a library's code, each explained in docs/store/web-ext-lint.md.
 *
 * A warning is matched by its code and message and by the code around the place it points at
 * (`before`: a pattern in the text just before it; `at`: a pattern starting there), not by file
 * name or position: bundle names carry content hashes and minified names change with every
 * build, but a library's own strings ("dangerouslySetInnerHTML", "Article content after
 * paging") do not. The same warning anywhere else in the code is not matched.
 */
import { z } from 'zod'

const messageSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
})

export type LintMessage = z.infer<typeof messageSchema>

const reportSchema = z.object({
  errors: z.array(messageSchema),
  warnings: z.array(messageSchema),
  notices: z.array(messageSchema),
})

export type LintReport = z.infer<typeof reportSchema>

const allowedSchema = z.object({
  /** Names the warning's explanation in docs/store/web-ext-lint.md. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  library: z.string().min(1),
  code: z.string().min(1),
  message: z.string().min(1),
  /** A regular expression found in the BEFORE_CHARS characters before the flagged place. */
  before: z.string().min(1),
  /** A regular expression matching at the flagged place. */
  at: z.string().min(1),
})

export type AllowedWarning = z.infer<typeof allowedSchema>

const allowlistSchema = z.object({ about: z.string(), allowed: z.array(allowedSchema) })

/** How far back from the flagged place `before` may be found. */
export const BEFORE_CHARS = 400
/** How much of the code from the flagged place on `at` sees. */
const AT_CHARS = 200

export function parseLintReport(json: string): LintReport {
  return reportSchema.parse(JSON.parse(json))
}

export function parseAllowlist(json: string): AllowedWarning[] {
  const { allowed } = allowlistSchema.parse(JSON.parse(json))
  const ids = allowed.map((entry) => entry.id)
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (repeated.length > 0) throw new Error(`The allowlist repeats ${repeated.join(', ')}`)
  return allowed
}

export interface Explained {
  warning: LintMessage
  id: string
}

export interface Verdict {
  errors: LintMessage[]
  explained: Explained[]
  /** Warnings and notices no entry matches. */
  unexplained: LintMessage[]
  /** Entries that matched nothing: the warning has gone, and so should its entry. */
  unused: AllowedWarning[]
}

/** `sourceOf(file)` gives the text of a file of the linted directory. */
export function judge(
  report: LintReport,
  allowlist: readonly AllowedWarning[],
  sourceOf: (file: string) => string,
): Verdict {
  const explained: Explained[] = []
  const unexplained: LintMessage[] = []
  for (const warning of [...report.warnings, ...report.notices]) {
    const entry = allowlist.find((allowed) => matches(allowed, warning, sourceOf))
    if (entry) explained.push({ warning, id: entry.id })
    else unexplained.push(warning)
  }
  const used = new Set(explained.map((e) => e.id))
  return {
    errors: report.errors,
    explained,
    unexplained,
    unused: allowlist.filter((entry) => !used.has(entry.id)),
  }
}

export function isClean(verdict: Verdict): boolean {
  return (
    verdict.errors.length === 0 && verdict.unexplained.length === 0 && verdict.unused.length === 0
  )
}

function matches(
  allowed: AllowedWarning,
  warning: LintMessage,
  sourceOf: (file: string) => string,
): boolean {
  if (allowed.code !== warning.code || allowed.message !== warning.message) return false
  const { file, line, column } = warning
  if (file === undefined || line === undefined || column === undefined) return false
  const text = sourceOf(file).split('\n')[line - 1]
  if (text === undefined) return false
  // Lines and columns count from 1 (ESLint's, as addons-linter reports them).
  const start = column - 1
  const before = text.slice(Math.max(0, start - BEFORE_CHARS), start)
  const at = text.slice(start, start + AT_CHARS)
  return new RegExp(allowed.before).test(before) && new RegExp(`^(?:${allowed.at})`).test(at)
}

/** One line per message: where it is and what it says. */
export function describe(message: LintMessage): string {
  const where = message.file
    ? `${message.file}${message.line === undefined ? '' : `:${message.line}:${message.column ?? 0}`}`
    : '(no file)'
  return `${where} ${message.code}: ${message.message}`
}

/** Ids without a heading that names them (in backticks) in the explanations' Markdown. */
export function undocumentedIds(allowlist: readonly AllowedWarning[], markdown: string): string[] {
  const headings = markdown.split('\n').filter((line) => line.startsWith('#'))
  return allowlist
    .map((entry) => entry.id)
    .filter((id) => !headings.some((heading) => heading.includes(`\`${id}\``)))
}
