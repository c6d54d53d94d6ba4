/**
 * The words for each reading setting's values. Message keys, read with t() when the controls
 * render: the language is the browser's at that moment, not when this module loaded.
 */
import type { PlainKey } from '../i18n/t.ts'
import type { FontFamily, LineHeight, LineWidth, Theme } from '../settings/reader-settings.ts'

export const THEME_LABELS: Record<Theme, PlainKey> = {
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  dark: 'readerThemeDark',
  sepia: 'readerThemeSepia',
}

export const FONT_LABELS: Record<FontFamily, PlainKey> = {
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
}

export const WIDTH_LABELS: Record<LineWidth, PlainKey> = {
  narrow: 'readerWidthNarrow',
  medium: 'readerWidthMedium',
  wide: 'readerWidthWide',
}

export const SPACING_LABELS: Record<LineHeight, PlainKey> = {
  compact: 'readerSpacingCompact',
  normal: 'readerSpacingNormal',
  relaxed: 'readerSpacingRelaxed',
}
