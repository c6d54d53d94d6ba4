/**
 * Loads the reader settings, follows changes made in other pages, and applies the theme and
 * font family to the document root, where theme.css reads them.
 *
 * A change made on this page shows at once (optimistically) and is saved in the background.
 * While this page's own saves are in flight, storage.onChanged echoes of the earlier ones are
 * ignored: applying them would move a control back under the user's hand (three quick presses
 * of → on the size slider used to end one or two steps short). When the last save is done, the
 * page shows what it stored, which includes any change another page made meanwhile.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import {
  DEFAULT_SETTINGS,
  type ReaderSettings,
  validateSettings,
} from '../settings/reader-settings.ts'
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/settings-store.ts'

/** Where theme.css reads the theme and font: the page root, or the in-page reader's own root. */
export function applySettingsTo(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme
  root.dataset.font = settings.fontFamily
}

const applyToRoot = (settings: ReaderSettings): void =>
  applySettingsTo(document.documentElement, settings)

export interface SettingsControl {
  settings: ReaderSettings
  /** Shows the change at once and saves it. */
  change: (change: Partial<ReaderSettings>) => void
}

export function useReaderSettings(
  apply: (settings: ReaderSettings) => void = applyToRoot,
): SettingsControl {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS)
  const saving = useRef(0)
  useEffect(() => {
    let live = true
    loadSettings()
      .then((loaded) => live && saving.current === 0 && setSettings(loaded))
      .catch(() => undefined) // defaults are fine if storage is unavailable
    const stop = onSettingsChanged((next) => {
      if (saving.current === 0) setSettings(next)
    })
    return () => {
      live = false
      stop()
    }
  }, [])
  useEffect(() => apply(settings), [apply, settings])

  const change = useCallback((partial: Partial<ReaderSettings>) => {
    setSettings((current) => validateSettings({ ...current, ...partial }))
    saving.current += 1
    updateSettings(partial)
      .catch((error: unknown) => {
        console.error('Upstream: settings', error)
        return loadSettings()
      })
      .then(
        (stored) => {
          saving.current -= 1
          if (saving.current === 0) setSettings(stored)
        },
        () => {
          saving.current -= 1
        },
      )
  }, [])

  return { settings, change }
}

/** The settings only, for pages that show them but have no controls (the popup). */
export function useSettings(): ReaderSettings {
  return useReaderSettings().settings
}
