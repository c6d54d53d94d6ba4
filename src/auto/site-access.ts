/**
 * What the options page and the popup do to auto reader rules. Access is asked for first, in
 * the click's own task: browsers grant `permissions.request` only during a user gesture, and
 * any `await` before it would lose the gesture. After a change, the background is asked to
 * bring the registered content scripts in line, and answers when it has.
 *
 * The actions that ask take an optional PromptListener, told while the browser's prompt is open.
 */

import browser from 'webextension-polyfill'
import { tCount } from '../i18n/plural.ts'
import { t } from '../i18n/t.ts'
import { sendRequest } from '../messaging/client.ts'
import { type ActionResult, type PromptListener, requestAccess } from './access-request.ts'
import { EVERY_SITE_ORIGINS } from './registrations.ts'
import {
  type AutoRule,
  type AutoSettings,
  mergeImported,
  resolveRule,
  withoutRule,
  withRule,
  withRuleEnabled,
} from './rules.ts'
import { updateAutoSettings } from './rules-store.ts'
import { parseSitePattern } from './site-pattern.ts'

async function sync(): Promise<void> {
  await sendRequest('syncAutoMode', {})
}

function originsOf(rule: AutoRule): string[] {
  return resolveRule(rule)?.pattern.origins ?? []
}

/**
 * Gives back access no remaining rule needs. Access declared by the build itself (a test
 * build) cannot be removed; that refusal changes nothing for the user and is ignored.
 */
async function releaseUnneeded(settings: AutoSettings, origins: string[]): Promise<void> {
  const needed = new Set(settings.rules.filter((r) => r.enabled).flatMap(originsOf))
  if (settings.detectEverywhere) for (const origin of EVERY_SITE_ORIGINS) needed.add(origin)
  const release = origins.filter((origin) => !needed.has(origin))
  if (release.length === 0) return
  await browser.permissions.remove({ origins: release }).catch(() => false)
}

/** Adds a site (typed, from the catalogue, or the popup's current site) and turns it on. */
export async function addSite(input: string, onPrompt?: PromptListener): Promise<ActionResult> {
  const parsed = parseSitePattern(input)
  if (!parsed.ok) return parsed
  const { site, origins } = parsed.value
  const refused = await requestAccess(origins, site, onPrompt)
  if (refused) return refused
  return saveSite(site)
}

/** Saves and turns on the rule for a site whose access the browser has just granted. */
export async function saveSite(site: string): Promise<ActionResult> {
  await updateAutoSettings((current) => withRule(current, site, Date.now()))
  await sync()
  return { ok: true, message: t('rulesSiteAdded', { site }) }
}

/** Switches a rule on (asking for access again) or off (giving its access back). */
export async function setSiteEnabled(
  rule: AutoRule,
  enabled: boolean,
  onPrompt?: PromptListener,
): Promise<ActionResult> {
  if (enabled) {
    const refused = await requestAccess(originsOf(rule), rule.site, onPrompt)
    if (refused) return refused
  }
  const next = await updateAutoSettings((current) => withRuleEnabled(current, rule.site, enabled))
  await sync()
  if (!enabled) await releaseUnneeded(next, originsOf(rule))
  return { ok: true, message: t(enabled ? 'rulesSiteOn' : 'rulesSiteOff', { site: rule.site }) }
}

/** Asks again for access the browser no longer grants (after an import, or revoked by hand). */
export async function grantSiteAccess(
  rule: AutoRule,
  onPrompt?: PromptListener,
): Promise<ActionResult> {
  const refused = await requestAccess(originsOf(rule), rule.site, onPrompt)
  if (refused) return refused
  await sync()
  return { ok: true, message: t('rulesAccessGiven', { site: rule.site }) }
}

export async function removeSite(rule: AutoRule): Promise<ActionResult> {
  const next = await updateAutoSettings((current) => withoutRule(current, rule.site))
  // Unregister first, then give access back: the script never runs without its rule.
  await sync()
  await releaseUnneeded(next, originsOf(rule))
  return { ok: true, message: t('rulesSiteRemoved', { site: rule.site }) }
}

export async function setDetectEverywhere(
  on: boolean,
  onPrompt?: PromptListener,
): Promise<ActionResult> {
  if (on) {
    const refused = await requestAccess(EVERY_SITE_ORIGINS, t('accessEverySite'), onPrompt)
    if (refused) return refused
  }
  const next = await updateAutoSettings((current) => ({ ...current, detectEverywhere: on }))
  await sync()
  if (!on) await releaseUnneeded(next, EVERY_SITE_ORIGINS)
  return {
    ok: true,
    message: t(on ? 'rulesEverywhereOn' : 'rulesEverywhereOff'),
  }
}

/** Adds validated imported rules; their sites need access before they take effect. */
export async function importRules(rules: AutoRule[]): Promise<ActionResult> {
  let before = 0
  const next = await updateAutoSettings((current) => {
    before = current.rules.length
    return mergeImported(current, rules)
  })
  await sync()
  const added = next.rules.length - before
  const skipped = rules.length - added
  // Whole sentences, each counted on its own: one message cannot hold two plural choices.
  const sentences = [tCount('rulesImported', added)]
  if (skipped > 0) sentences.push(tCount('rulesAlreadyListed', skipped))
  sentences.push(t('rulesImportNeedsAccess'))
  return { ok: true, message: sentences.join(' ') }
}
