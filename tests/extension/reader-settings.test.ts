import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  FONT_SIZE,
  validateSettings,
} from '../../src/settings/reader-settings.ts'

describe('validateSettings', () => {
  it('returns the defaults for anything that is not a record', () => {
    for (const raw of [undefined, null, 3, 'dark', []]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS)
    }
  })

  it('keeps valid fields and repairs invalid ones one by one', () => {
    const repaired = validateSettings({
      theme: 'sepia',
      fontFamily: 'comic',
      fontSize: 22.4,
      lineWidth: 'wide',
      lineHeight: 42,
    })
    expect(repaired).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'sepia',
      fontSize: 22,
      lineWidth: 'wide',
    })
  })

  it('clamps the font size into its range', () => {
    expect(validateSettings({ fontSize: 2 }).fontSize).toBe(FONT_SIZE.min)
    expect(validateSettings({ fontSize: 400 }).fontSize).toBe(FONT_SIZE.max)
    expect(validateSettings({ fontSize: Number.NaN }).fontSize).toBe(DEFAULT_SETTINGS.fontSize)
  })
})
