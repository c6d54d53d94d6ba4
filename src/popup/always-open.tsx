/**
 * "Always open <site> in reader view", an item of the popup's "More" menu: turns auto reader
 * mode on for the current site. The browser is asked for access in the click itself (a
 * gesture is required, and any await before the request would lose it); the rule code (with
 * its validator) loads only after that, so the popup's first paint does not carry it.
 *
 * Chromium closes the popup when its permission prompt opens, so the popup may never hear the
 * answer: the site is also noted for the background, which turns it on when access is granted
 * (src/background/pending-sites.ts).
 */
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { type ActionResult, requestAccess } from '../auto/access-request.ts'
import { AUTO_SETTINGS_KEY } from '../auto/files.ts'
import { forgetPendingSites, notePendingSite } from '../auto/pending-sites.ts'
import { parseSitePattern, type SitePattern } from '../auto/site-pattern.ts'
import { t } from '../i18n/t.ts'
import { isRecord } from '../messaging/guards.ts'
import { errorDetail } from '../messaging/problems.ts'

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

/** A quick look at the stored rules, only to label the item; the options page validates. */
async function isOn(site: string): Promise<boolean> {
  const stored = (await browser.storage.local.get(AUTO_SETTINGS_KEY))[AUTO_SETTINGS_KEY]
  const rules = isRecord(stored) && Array.isArray(stored.rules) ? stored.rules : []
  return rules.some(
    (rule: unknown) => isRecord(rule) && rule.site === site && rule.enabled === true,
  )
}

/** Asks (in the click's task), notes the site for the background, and saves the rule if granted. */
function turnOn(site: SitePattern, report: (message: string) => void): Promise<boolean> {
  const asked = requestAccess(site.origins, site.site, (notice) => {
    if (notice) report(notice)
  })
  const noted = notePendingSite(site.site)
  const finish = async (refused: ActionResult | null): Promise<ActionResult> => {
    if (refused) return refused
    const { saveSite } = await import('../auto/site-access.ts')
    return saveSite(site.site)
  }
  return asked.then(finish).then(async (result) => {
    // Still open with the answer: the note must not turn the site on again later.
    await noted
    await forgetPendingSites([site.site])
    report(result.message)
    return result.ok
  })
}

interface Props {
  pageUrl: string | undefined
  /** Says what happened, in the popup's status line. */
  report: (message: string) => void
  close: () => void
}

export function AlwaysOpenItem({ pageUrl, report, close }: Props) {
  const site = siteOf(pageUrl)
  const [on, setOn] = useState(false)
  useEffect(() => {
    if (site) isOn(site.site).then(setOn, () => undefined)
  }, [site?.site])
  if (!site) return null

  if (on) {
    return (
      <button
        type="button"
        class="menu__item"
        onClick={() => {
          close()
          void browser.runtime.openOptionsPage()
        }}
        data-testid="open-options"
      >
        {t('popupAlwaysOpenOn', { site: site.site })}
      </button>
    )
  }
  return (
    <button
      type="button"
      class="menu__item"
      onClick={() => {
        close()
        turnOn(site, report).then(setOn, (error: unknown) => {
          console.warn('Upstream: always open failed:', errorDetail(error))
          report(t('popupAlwaysOpenFailed', { site: site.site }))
        })
      }}
      data-testid="always-open-button"
    >
      {t('popupAlwaysOpen', { site: site.site })}
    </button>
  )
}
