/**
 * Loads the reader settings, follows changes made in other pages, and applies the theme and
 * font family to the document root, where theme.css reads them.
 */
import { useEffect, useState } from 'preact/hooks'
import { DEFAULT_SETTINGS, type ReaderSettings } from '../settings/reader-settings.ts'
import { loadSettings, onSettingsChanged } from '../settings/settings-store.ts'

function applyToRoot(settings: ReaderSettings): void {
  const root = document.documentElement
  root.dataset.theme = settings.theme
  root.dataset.font = settings.fontFamily
}

export function useSettings(): ReaderSettings {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS)
  useEffect(() => {
    let live = true
    loadSettings()
      .then((loaded) => live && setSettings(loaded))
      .catch(() => undefined) // defaults are fine if storage is unavailable
    const stop = onSettingsChanged(setSettings)
    return () => {
      live = false
      stop()
    }
  }, [])
  useEffect(() => applyToRoot(settings), [settings])
  return settings
}
