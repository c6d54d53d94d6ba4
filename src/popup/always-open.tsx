/**
 * "Always open <site> in reader view", an item of the popup's "More" menu: turns auto reader
 * mode on for the current site. The browser is asked for access in the click itself (a
 * gesture is required, and any await before the request would lose it); the rule code (with
 * its validator) loads only after that, so the popup's first paint does not carry it.
 */
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { AUTO_SETTINGS_KEY } from '../auto/files.ts'
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

async function turnOn(site: SitePattern, report: (message: string) => void): Promise<boolean> {
  let granted: boolean
  try {
    const asking = browser.permissions.request({ origins: site.origins })
    // Shown while the browser's prompt waits for the user.
    report(t('popupAlwaysOpenAsking', { site: site.site }))
    granted = await asking
  } catch (error) {
    console.warn('Upstream: permissions.request failed:', errorDetail(error))
    report(t('popupAlwaysOpenFailed', { site: site.site }))
    return false
  }
  if (!granted) {
    report(t('popupAlwaysOpenRefused', { site: site.site }))
    return false
  }
  const { saveSite } = await import('../auto/site-access.ts')
  const result = await saveSite(site.site)
  report(result.ok ? t('popupAlwaysOpenDone', { site: site.site }) : result.message)
  return result.ok
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
          report(t('problemUnknownText'))
        })
      }}
      data-testid="always-open-button"
    >
      {t('popupAlwaysOpen', { site: site.site })}
    </button>
  )
}
