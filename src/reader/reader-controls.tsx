/**
 * Typography and theme controls, in a native <details> so they stay out of the way and need no
 * script to be keyboard- and screen-reader-friendly. Every change is saved at once; other open
 * reader tabs and the popup follow through storage.onChanged. Escape closes the panel (a
 * <details> does not by itself) and puts focus back on its button, where the user opened it.
 */
import type { TargetedKeyboardEvent } from 'preact'
import {
  FONT_SIZE,
  type FontFamily,
  type LineHeight,
  type LineWidth,
  type ReaderSettings,
  THEMES,
  type Theme,
} from '../settings/reader-settings.ts'

const THEME_LABELS: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
}

interface Props {
  settings: ReaderSettings
  /** Shows and saves a change (useReaderSettings); values are validated again before storing. */
  onChange: (change: Partial<ReaderSettings>) => void
}

function closeOnEscape(event: TargetedKeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget
  if (event.key !== 'Escape' || !details.open) return
  // This Escape is used up: nothing else on the page should act on it too.
  event.preventDefault()
  event.stopPropagation()
  details.open = false
  details.querySelector('summary')?.focus()
}

export function ReaderControls({ settings, onChange: save }: Props) {
  return (
    <details class="controls" onKeyDown={closeOnEscape} data-testid="reader-settings">
      <summary class="button">Reading settings</summary>
      <form
        class="controls__panel"
        aria-label="Reading settings"
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="controls__row">
          <label for="font-size">Text size</label>
          <input
            id="font-size"
            type="range"
            min={FONT_SIZE.min}
            max={FONT_SIZE.max}
            step={FONT_SIZE.step}
            value={settings.fontSize}
            aria-valuetext={`${settings.fontSize} pixels`}
            onInput={(e) => save({ fontSize: Number(e.currentTarget.value) })}
            data-testid="setting-font-size"
          />
          <output for="font-size" class="controls__value">
            {settings.fontSize}px
          </output>
        </div>
        <div class="controls__row">
          <label for="font-family">Font</label>
          <select
            id="font-family"
            value={settings.fontFamily}
            onChange={(e) => save({ fontFamily: e.currentTarget.value as FontFamily })}
            data-testid="setting-font-family"
          >
            <option value="serif">Serif</option>
            <option value="sans">Sans-serif</option>
          </select>
        </div>
        <div class="controls__row">
          <label for="line-width">Line width</label>
          <select
            id="line-width"
            value={settings.lineWidth}
            onChange={(e) => save({ lineWidth: e.currentTarget.value as LineWidth })}
            data-testid="setting-line-width"
          >
            <option value="narrow">Narrow</option>
            <option value="medium">Medium</option>
            <option value="wide">Wide</option>
          </select>
        </div>
        <div class="controls__row">
          <label for="line-height">Line spacing</label>
          <select
            id="line-height"
            value={settings.lineHeight}
            onChange={(e) => save({ lineHeight: e.currentTarget.value as LineHeight })}
            data-testid="setting-line-height"
          >
            <option value="compact">Compact</option>
            <option value="normal">Normal</option>
            <option value="relaxed">Relaxed</option>
          </select>
        </div>
        <fieldset class="controls__themes" data-testid="setting-theme">
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="theme-choice" data-theme-choice={theme}>
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => save({ theme })}
                data-testid={`setting-theme-${theme}`}
              />
              <span>{THEME_LABELS[theme]}</span>
            </label>
          ))}
        </fieldset>
      </form>
    </details>
  )
}
