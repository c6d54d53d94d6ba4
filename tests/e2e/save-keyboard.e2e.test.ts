/**
 * Saving from the keyboard, in the real popup: the confirmation that replaces the Save button
 * takes the focus (its link to the reading list), so the user is not dropped to the top of the
 * page; the confirmation is what the user sees, "Saved ✓".
 */
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { clickToolbar, openTab, settledState } from './harness/chromium.ts'
import { chromiumSuite } from './harness/suite.ts'

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

describe('Save from the keyboard', () => {
  it('focus moves to the confirmation’s link to the reading list', async () => {
    const { expected } = suite.server.fixture('msn--rotterdam-barge-floating-offices')
    const tab = pages.track(await openTab(suite.chromium, expected.url), 'page')
    const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
    expect(await settledState(popup, 'popup')).toBe('article')
    await popup.focus('[data-testid=action-save]')
    await popup.keyboard.press('Enter')
    await popup.waitForSelector('[data-testid=save-list-link]')
    await popup.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'save-list-link',
      { timeout: 5_000 },
    )
    expect(await popup.$eval('[data-testid=action-save]', (e) => e.textContent)).toBe(t('saveDone'))
    expect(await popup.$eval('[data-testid=save-error]', (e) => e.textContent)).toBe('')
  })
})
