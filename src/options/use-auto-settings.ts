/**
 * The auto reader settings and, for each rule, whether the browser grants its access now.
 * Follows changes made elsewhere (the popup, another options tab, the browser's own
 * permission settings), so what the page shows is what is in effect.
 */
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { EVERY_SITE_ORIGINS } from '../auto/registrations.ts'
import { type AutoSettings, EMPTY_AUTO_SETTINGS, resolveRule } from '../auto/rules.ts'
import { loadAutoSettings, onAutoSettingsChanged } from '../auto/rules-store.ts'

export interface AutoState {
  settings: AutoSettings
  /** Sites whose access is granted now. */
  granted: ReadonlySet<string>
  everySiteGranted: boolean
  loaded: boolean
}

async function readAccess(settings: AutoSettings): Promise<Omit<AutoState, 'loaded'>> {
  const granted = new Set<string>()
  await Promise.all(
    settings.rules.map(async (rule) => {
      const origins = resolveRule(rule)?.pattern.origins
      if (origins && (await browser.permissions.contains({ origins }))) granted.add(rule.site)
    }),
  )
  const everySiteGranted = await browser.permissions.contains({ origins: EVERY_SITE_ORIGINS })
  return { settings, granted, everySiteGranted }
}

export function useAutoSettings(): AutoState {
  const [state, setState] = useState<AutoState>({
    settings: EMPTY_AUTO_SETTINGS,
    granted: new Set(),
    everySiteGranted: false,
    loaded: false,
  })
  useEffect(() => {
    let live = true
    // Reads may finish out of order; only the latest one is shown.
    let generation = 0
    const show = (settings: AutoSettings): void => {
      const mine = ++generation
      readAccess(settings)
        .then((access) => live && mine === generation && setState({ ...access, loaded: true }))
        .catch((error: unknown) => console.error('Upstream options:', error))
    }
    const reload = (): void => {
      loadAutoSettings().then(show, (error: unknown) => console.error('Upstream options:', error))
    }
    reload()
    const stop = onAutoSettingsChanged(show)
    browser.permissions.onAdded.addListener(reload)
    browser.permissions.onRemoved.addListener(reload)
    return () => {
      live = false
      stop()
      browser.permissions.onAdded.removeListener(reload)
      browser.permissions.onRemoved.removeListener(reload)
    }
  }, [])
  return state
}
