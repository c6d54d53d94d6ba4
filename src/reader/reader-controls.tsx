/**
 * Typography and theme controls, in a native <details> so they stay out of the way and need no
 * script to be keyboard- and screen-reader-friendly. Every change is saved at once; other open
 * reader tabs and the popup follow through storage.onChanged. Escape closes the panel (a
 * <details> does not by itself) and puts focus back on its button, where the user opened it.
 */
import type { TargetedKeyboardEvent } from 'preact'
import { tCount } from '../i18n/plural.ts'
import { t } from '../i18n/t.ts'
import {
  FONT_FAMILIES,
  FONT_SIZE,
  type FontFamily,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  type LineHeight,
  type LineWidth,
  type ReaderSettings,
  THEMES,
} from '../settings/reader-settings.ts'
import { formatNumber } from '../shared-ui/format.ts'
import { FONT_LABELS, SPACING_LABELS, THEME_LABELS, WIDTH_LABELS } from './setting-labels.ts'

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
      <summary class="button">{t('readerSettings')}</summary>
      <form
        class="controls__panel"
        aria-label={t('readerSettings')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div class="controls__row">
          <label for="font-size">{t('readerTextSize')}</label>
          <input
            id="font-size"
            type="range"
            min={FONT_SIZE.min}
            max={FONT_SIZE.max}
            step={FONT_SIZE.step}
            value={settings.fontSize}
            aria-valuetext={tCount('readerTextSizeSpoken', settings.fontSize)}
            onInput={(e) => save({ fontSize: Number(e.currentTarget.value) })}
            data-testid="setting-font-size"
          />
          <output for="font-size" class="controls__value">
            {t('readerTextSizeShown', { size: formatNumber(settings.fontSize) })}
          </output>
        </div>
        <div class="controls__row">
          <label for="font-family">{t('readerFont')}</label>
          <select
            id="font-family"
            value={settings.fontFamily}
            onChange={(e) => save({ fontFamily: e.currentTarget.value as FontFamily })}
            data-testid="setting-font-family"
          >
            {FONT_FAMILIES.map((font) => (
              <option key={font} value={font}>
                {t(FONT_LABELS[font])}
              </option>
            ))}
          </select>
        </div>
        <div class="controls__row">
          <label for="line-width">{t('readerLineWidth')}</label>
          <select
            id="line-width"
            value={settings.lineWidth}
            onChange={(e) => save({ lineWidth: e.currentTarget.value as LineWidth })}
            data-testid="setting-line-width"
          >
            {LINE_WIDTHS.map((width) => (
              <option key={width} value={width}>
                {t(WIDTH_LABELS[width])}
              </option>
            ))}
          </select>
        </div>
        <div class="controls__row">
          <label for="line-height">{t('readerLineSpacing')}</label>
          <select
            id="line-height"
            value={settings.lineHeight}
            onChange={(e) => save({ lineHeight: e.currentTarget.value as LineHeight })}
            data-testid="setting-line-height"
          >
            {LINE_HEIGHTS.map((height) => (
              <option key={height} value={height}>
                {t(SPACING_LABELS[height])}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="controls__themes" data-testid="setting-theme">
          <legend>{t('readerTheme')}</legend>
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
              <span>{t(THEME_LABELS[theme])}</span>
            </label>
          ))}
        </fieldset>
      </form>
    </details>
  )
}
