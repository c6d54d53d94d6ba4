/**
 * Reader typography and theme: the type, the defaults, the allowed values and validation.
 * Stored data is repaired field by field on read, so one bad or outdated value never resets
 * the others and never reaches the UI.
 */
import { isRecord } from '../messaging/guards.ts'

export const THEMES = ['system', 'light', 'dark', 'sepia'] as const
export const FONT_FAMILIES = ['serif', 'sans'] as const
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const
export const LINE_HEIGHTS = ['compact', 'normal', 'relaxed'] as const

export type Theme = (typeof THEMES)[number]
export type FontFamily = (typeof FONT_FAMILIES)[number]
export type LineWidth = (typeof LINE_WIDTHS)[number]
export type LineHeight = (typeof LINE_HEIGHTS)[number]

/** Font size in CSS px; the range keeps the text readable and the controls meaningful. */
export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const

export interface ReaderSettings {
  /** Schema version of the stored record; bump it and add a migration when fields change. */
  version: 1
  theme: Theme
  fontFamily: FontFamily
  fontSize: number
  lineWidth: LineWidth
  lineHeight: LineHeight
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  version: 1,
  theme: 'system',
  fontFamily: 'serif',
  fontSize: 19,
  lineWidth: 'medium',
  lineHeight: 'normal',
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return (values as readonly unknown[]).includes(value) ? (value as T) : fallback
}

function fontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.fontSize
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, Math.round(value)))
}

/** Any stored value → valid settings; unknown or invalid fields take their defaults. */
export function validateSettings(raw: unknown): ReaderSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS
  const d = DEFAULT_SETTINGS
  return {
    version: 1,
    theme: oneOf(THEMES, raw.theme, d.theme),
    fontFamily: oneOf(FONT_FAMILIES, raw.fontFamily, d.fontFamily),
    fontSize: fontSize(raw.fontSize),
    lineWidth: oneOf(LINE_WIDTHS, raw.lineWidth, d.lineWidth),
    lineHeight: oneOf(LINE_HEIGHTS, raw.lineHeight, d.lineHeight),
  }
}
