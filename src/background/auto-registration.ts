/**
 * Keeps the registered content scripts in step with the auto reader rules and the access the
 * browser has granted. Run on every change that can alter either: a rule saved, access granted
 * or taken back (also from the browser's own settings), install, update and start-up.
 * Registrations persist across restarts by themselves; re-running at start-up repairs any drift
 * (an update that changed the script files, access removed while the browser was closed).
 */
import browser, { type Scripting } from 'webextension-polyfill'
import {
  DETECT_SCRIPT_ID,
  EVERY_SITE_ORIGINS,
  type GrantedAccess,
  type PlannedScript,
  planRegistrations,
  READER_SCRIPT_ID,
} from '../auto/registrations.ts'
import { type AutoSettings, resolveRule } from '../auto/rules.ts'
import { loadAutoSettings } from '../auto/rules-store.ts'

const OUR_IDS = new Set([READER_SCRIPT_ID, DETECT_SCRIPT_ID])

async function grantedAccess(settings: AutoSettings): Promise<GrantedAccess> {
  const everySite = await browser.permissions.contains({ origins: EVERY_SITE_ORIGINS })
  const sites = new Set<string>()
  await Promise.all(
    settings.rules.map(async (rule) => {
      const resolved = resolveRule(rule)
      if (resolved && (await browser.permissions.contains({ origins: resolved.pattern.origins })))
        sites.add(rule.site)
    }),
  )
  return { sites, everySite }
}

function toRegistration(script: PlannedScript): Scripting.RegisteredContentScript {
  return {
    id: script.id,
    js: script.js,
    matches: script.matches,
    ...(script.excludeMatches.length > 0 ? { excludeMatches: script.excludeMatches } : {}),
    runAt: script.runAt,
    allFrames: false,
    persistAcrossSessions: true,
  }
}

async function apply(plan: PlannedScript[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts()
  const ours = registered.filter((script) => OUR_IDS.has(script.id))
  const planned = new Set(plan.map((script) => script.id))
  const stale = ours.filter((script) => !planned.has(script.id)).map((script) => script.id)
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale })
  // Unregister and register again rather than update: an update cannot clear excludeMatches
  // in every browser, and the window without a script is a few milliseconds.
  const existing = new Set(ours.map((script) => script.id))
  const replace = plan.filter((script) => existing.has(script.id)).map((script) => script.id)
  if (replace.length > 0) await browser.scripting.unregisterContentScripts({ ids: replace })
  if (plan.length > 0) await browser.scripting.registerContentScripts(plan.map(toRegistration))
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Brings the registrations in line with the stored rules. Calls are queued: two overlapping
 * runs would both try to register the same script ids, and the second would fail.
 */
export function syncAutoRegistrations(): Promise<number> {
  const run = async (): Promise<number> => {
    const settings = await loadAutoSettings()
    const plan = planRegistrations(settings, await grantedAccess(settings))
    await apply(plan)
    return plan.length
  }
  const result = queue.then(run, run)
  queue = result
  return result
}
