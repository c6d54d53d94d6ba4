/** Saving stories to the reading list the way a user does: toolbar button, then "Save". */
import type { Page } from 'puppeteer-core'
import {
  type Chromium,
  clickToolbar,
  openTab,
  settledState,
} from '../../tests/e2e/harness/chromium.ts'
import type { FixtureServer } from '../../tests/e2e/harness/fixture-server.ts'

/** Clicks the popup's save button; resolves with what the popup then says. */
export async function saveInPopup(popup: Page): Promise<string> {
  await popup.click('[data-testid=action-save]')
  await popup.waitForFunction(
    () => (document.querySelector('[data-testid=save-status]')?.textContent ?? '') !== '',
    { timeout: 10_000 },
  )
  return popup.$eval('[data-testid=save-status]', (e) => e.textContent ?? '')
}

/** Opens each fixture's page, clicks the toolbar button and saves the story it shows. */
export async function saveFixtureStories(
  chromium: Chromium,
  server: FixtureServer,
  names: readonly string[],
): Promise<void> {
  for (const name of names) {
    const tab = await openTab(chromium, server.fixture(name).expected.url)
    try {
      const popup = await clickToolbar(chromium, tab)
      const state = await settledState(popup, 'popup')
      if (state !== 'article') throw new Error(`The popup on ${name} shows "${state}"`)
      await saveInPopup(popup)
      await popup.close()
    } finally {
      await tab.close()
    }
  }
}
