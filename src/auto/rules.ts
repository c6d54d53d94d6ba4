/**
 * Auto reader mode's stored settings: the sites where pages open in the reader as they load,
 * and the opt-in to detect aggregator copies everywhere. One versioned record in
 * `storage.local`; the zod schemas here are the one definition of its shape, used both to read
 * it back and to validate an imported file.
 */
// zod's tree-shakable build: only the validators used here end up in each bundle.
import { z } from 'zod/mini'
import { t } from '../i18n/t.ts'
import { parseSitePattern, type SitePattern } from './site-pattern.ts'

export const AUTO_SETTINGS_VERSION = 1

const ruleSchema = z.object({
  /** The host name or match pattern, normalised by parseSitePattern. */
  site: z.string().check(z.minLength(1), z.maxLength(500)),
  enabled: z.boolean(),
  /** `Date.now()` when the rule was added. */
  addedAt: z.int().check(z.nonnegative()),
})

export type AutoRule = z.infer<typeof ruleSchema>

const settingsSchema = z.object({
  version: z.literal(AUTO_SETTINGS_VERSION),
  rules: z.array(ruleSchema).check(z.maxLength(1000)),
  detectEverywhere: z.boolean(),
})

export type AutoSettings = z.infer<typeof settingsSchema>

export const EMPTY_AUTO_SETTINGS: AutoSettings = {
  version: AUTO_SETTINGS_VERSION,
  rules: [],
  detectEverywhere: false,
}

/** A rule with its parsed patterns, for code that registers scripts or asks for access. */
export interface ResolvedRule extends AutoRule {
  pattern: SitePattern
}

export function resolveRule(rule: AutoRule): ResolvedRule | null {
  const parsed = parseSitePattern(rule.site)
  return parsed.ok ? { ...rule, pattern: parsed.value } : null
}

/**
 * Reads the stored record. Nothing stored yet gives the empty settings; a record that does not
 * validate (written by a future version, or damaged) is kept out of use rather than guessed at.
 */
export function readAutoSettings(raw: unknown): AutoSettings {
  if (raw === undefined || raw === null) return EMPTY_AUTO_SETTINGS
  const parsed = settingsSchema.safeParse(raw)
  if (!parsed.success) return EMPTY_AUTO_SETTINGS
  // Rules whose site no longer parses (hand-edited storage) are dropped, not run.
  return { ...parsed.data, rules: parsed.data.rules.filter((rule) => resolveRule(rule) !== null) }
}

/** Adds a rule for a site, or switches an existing one on; the same site is never listed twice. */
export function withRule(settings: AutoSettings, site: string, now: number): AutoSettings {
  const existing = settings.rules.find((rule) => rule.site === site)
  const rules = existing
    ? settings.rules.map((rule) => (rule.site === site ? { ...rule, enabled: true } : rule))
    : [...settings.rules, { site, enabled: true, addedAt: now }]
  return { ...settings, rules }
}

export function withoutRule(settings: AutoSettings, site: string): AutoSettings {
  return { ...settings, rules: settings.rules.filter((rule) => rule.site !== site) }
}

export function withRuleEnabled(
  settings: AutoSettings,
  site: string,
  enabled: boolean,
): AutoSettings {
  return {
    ...settings,
    rules: settings.rules.map((rule) => (rule.site === site ? { ...rule, enabled } : rule)),
  }
}

// ---- Export and import -------------------------------------------------------------------

/** The file format: our own marker, so a file from elsewhere is recognised as such. */
const exportSchema = z.object({
  format: z.literal('upstream-auto-reader-rules'),
  version: z.literal(AUTO_SETTINGS_VERSION),
  exportedAt: z.optional(z.string()),
  rules: z.array(ruleSchema).check(z.maxLength(1000)),
})

export type RulesExport = z.infer<typeof exportSchema>

export function exportRules(settings: AutoSettings, now: Date): RulesExport {
  return {
    format: 'upstream-auto-reader-rules',
    version: AUTO_SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    rules: settings.rules,
  }
}

export type ImportResult = { ok: true; rules: AutoRule[] } | { ok: false; message: string }

// Larger than any real rules file by far; refusing early keeps a wrong file from freezing the page.
export const MAX_IMPORT_BYTES = 512 * 1024

// zod's own issue messages are English only: each kind of issue gets words of ours instead.
type IssueKey = 'rulesIssueType' | 'rulesIssueValue' | 'rulesIssueTooBig' | 'rulesIssueTooSmall'
const ISSUE_WORDS: Partial<Record<z.core.$ZodIssue['code'], IssueKey>> = {
  invalid_type: 'rulesIssueType',
  invalid_value: 'rulesIssueValue',
  too_big: 'rulesIssueTooBig',
  too_small: 'rulesIssueTooSmall',
}

/** Where the file is wrong (its path, "rules.0.enabled", as written in the file) and how. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : t('rulesIssueWholeFile')
  return t(ISSUE_WORDS[issue.code] ?? 'rulesIssueOther', { where })
}

/** Validates an imported file's text. Nothing is changed here; the caller merges on success. */
export function parseRulesImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: t('rulesImportTooLarge') }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: t('rulesImportNotJson') }
  }
  const parsed = exportSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const message = first
      ? t('rulesImportNotRulesBecause', { problem: describeIssue(first) })
      : t('rulesImportNotRules')
    return { ok: false, message }
  }
  for (const rule of parsed.data.rules) {
    const site = parseSitePattern(rule.site)
    if (!site.ok) {
      return { ok: false, message: t('rulesImportBadSite', { problem: site.message }) }
    }
  }
  // Normalise each site the same way the options page does, so duplicates are recognised.
  const rules = parsed.data.rules.map((rule) => {
    const site = parseSitePattern(rule.site)
    return site.ok ? { ...rule, site: site.value.site } : rule
  })
  return { ok: true, rules }
}

/** Imported rules join the current ones; a site already listed keeps its current rule. */
export function mergeImported(settings: AutoSettings, imported: AutoRule[]): AutoSettings {
  const known = new Set(settings.rules.map((rule) => rule.site))
  const added: AutoRule[] = []
  for (const rule of imported) {
    if (known.has(rule.site)) continue
    known.add(rule.site)
    added.push(rule)
  }
  return { ...settings, rules: [...settings.rules, ...added] }
}
