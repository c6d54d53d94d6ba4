/**
 * Which content scripts auto reader mode needs, from the rules and the access the browser has
 * granted. Pure, so the plan is unit-tested; background/auto-registration.ts applies it.
 *
 * Two registrations at most:
 * - the reader script on every enabled site the user granted (it may switch pages to the reader);
 * - the detect-only script on every other site, when "detect everywhere" is on and granted
 *   (it only sets the toolbar badge). It excludes the reader sites so no page runs both.
 */
import { AUTO_DETECT_FILE, AUTO_READER_FILE } from './files.ts'
import type { AutoSettings } from './rules.ts'
import { resolveRule } from './rules.ts'

export const READER_SCRIPT_ID = 'upstream-auto-reader'
export const DETECT_SCRIPT_ID = 'upstream-auto-detect'

/** Host access asked for by "Detect aggregator copies on every site". */
export const EVERY_SITE_ORIGINS = ['http://*/*', 'https://*/*']

export interface PlannedScript {
  id: string
  js: string[]
  matches: string[]
  excludeMatches: string[]
  runAt: 'document_start' | 'document_idle'
}

export interface GrantedAccess {
  /** Sites (rule.site) whose origins the browser has granted. */
  sites: ReadonlySet<string>
  /** Whether every http(s) site is granted. */
  everySite: boolean
}

export function planRegistrations(settings: AutoSettings, granted: GrantedAccess): PlannedScript[] {
  const readerMatches = settings.rules
    .filter((rule) => rule.enabled && (granted.everySite || granted.sites.has(rule.site)))
    .flatMap((rule) => resolveRule(rule)?.pattern.matches ?? [])
  const unique = [...new Set(readerMatches)]
  const plan: PlannedScript[] = []
  if (unique.length > 0) {
    plan.push({
      id: READER_SCRIPT_ID,
      js: [AUTO_READER_FILE],
      matches: unique,
      excludeMatches: [],
      // As early as possible: the script hides the page while it decides, so the original
      // does not flash before the reader replaces it.
      runAt: 'document_start',
    })
  }
  if (settings.detectEverywhere && granted.everySite) {
    plan.push({
      id: DETECT_SCRIPT_ID,
      js: [AUTO_DETECT_FILE],
      matches: EVERY_SITE_ORIGINS,
      excludeMatches: unique,
      // Detection only sets the badge: it can wait until the page is idle.
      runAt: 'document_idle',
    })
  }
  return plan
}
