/**
 * "Always open <site> in reader view": turns auto reader mode on for the current site from the
 * popup. The browser is asked for access in the click itself (a gesture is required); the rule
 * code (with its validator) loads only after that, so the popup's first paint does not carry it.
 */
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { type ActionResult, requestAccess } from '../auto/access-request.ts'
import { AUTO_SETTINGS_KEY } from '../auto/files.ts'
import { forgetPendingSites, notePendingSite } from '../auto/pending-sites.ts'
import { parseSitePattern, type SitePattern } from '../auto/site-pattern.ts'
import { isRecord } from '../messaging/guards.ts'

function siteOf(pageUrl: string | undefined): SitePattern | null {
  if (!pageUrl) return null
  let url: URL
  try {
    url = new URL(pageUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const parsed = parseSitePattern(url.hostname)
  return parsed.ok ? parsed.value : null
}

/** A quick look at the stored rules, only to label the button; the options page validates. */
async function isOn(site: string): Promise<boolean> {
  const stored = (await browser.storage.local.get(AUTO_SETTINGS_KEY))[AUTO_SETTINGS_KEY]
  const rules = isRecord(stored) && Array.isArray(stored.rules) ? stored.rules : []
  return rules.some(
    (rule: unknown) => isRecord(rule) && rule.site === site && rule.enabled === true,
  )
}

export function AlwaysOpen({ pageUrl }: { pageUrl: string | undefined }) {
  const site = siteOf(pageUrl)
  const [on, setOn] = useState(false)
  const [status, setStatus] = useState('')
  // The notice shown while the browser's permission prompt is open.
  const [promptNotice, setPromptNotice] = useState<string | null>(null)
  useEffect(() => {
    if (site) isOn(site.site).then(setOn, () => undefined)
  }, [site?.site])
  if (!site) return null

  const onClick = () => {
    // First, in the click's own task (the gesture the request needs).
    const asked = requestAccess(site.origins, site.site, setPromptNotice)
    // The popup may be gone before the prompt is answered (Chromium closes it when the prompt
    // opens): noted here, the background turns the site on when access is granted.
    const noted = notePendingSite(site.site)
    // Still open with the answer: finish here, then drop the note (it must not turn the site
    // on again later, after the user removed it).
    const finish = async (refused: ActionResult | null): Promise<ActionResult> => {
      if (refused) return refused
      const { saveSite } = await import('../auto/site-access.ts')
      return saveSite(site.site)
    }
    asked
      .then(finish)
      .then(async (result) => {
        await noted
        await forgetPendingSites([site.site])
        if (result.ok) setOn(true)
        return result.message
      })
      .then(setStatus, (error: unknown) => {
        console.warn('Upstream popup:', error)
        setStatus('That did not work. Open Upstream’s settings and add the site there.')
      })
  }

  return (
    <div class="always-open" data-testid="always-open">
      {on ? (
        <p class="always-open__on">
          {site.site} opens in reader view.{' '}
          <button
            type="button"
            class="link-button"
            onClick={() => browser.runtime.openOptionsPage()}
            data-testid="open-options"
          >
            Change
          </button>
        </p>
      ) : (
        <button type="button" class="button" onClick={onClick} data-testid="always-open-button">
          Always open {site.site} in reader view
        </button>
      )}
      <p
        class="action-status"
        role="status"
        aria-live="polite"
        data-testid="always-open-status"
        data-waiting={promptNotice !== null}
      >
        {promptNotice ?? status}
      </p>
    </div>
  )
}
