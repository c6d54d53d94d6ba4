/**
 * A reader tab keeps its story: reloaded after the tab it was read from is closed and the
 * service worker was stopped, it shows the same story, every paragraph. A reader address whose
 * tab is gone and that kept nothing says so plainly and offers nothing that cannot work.
 */
import type { Page } from 'puppeteer-core'
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import {
  clickToolbar,
  EXTENSION_ORIGIN,
  isReader,
  isServiceWorkerRunning,
  openTab,
  settledState,
  stopServiceWorkers,
} from './harness/chromium.ts'
import { READER_PATH } from './harness/paths.ts'
import { expectStoryAsExpected, normalize, readShownStory } from './harness/story.ts'
import { chromiumSuite } from './harness/suite.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

/** Page → toolbar click → "Open in reader": the page's tab and the reader tab. */
async function openReader(name: string): Promise<{ tab: Page; reader: Page }> {
  const tab = pages.track(
    await openTab(suite.chromium, suite.server.fixture(name).expected.url),
    'page',
  )
  const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
  expect(await settledState(popup, 'popup')).toBe('article')
  const opened = suite.chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
  await popup.click('[data-testid=action-open-reader]')
  const reader = pages.track((await (await opened).asPage())!, 'reader')
  expect(await settledState(reader, 'reader')).toBe('article')
  return { tab, reader }
}

describe('a reader tab keeps its story', () => {
  it('reloaded after its source tab was closed and the worker restarted, it shows the same story', async () => {
    const { expected } = suite.server.fixture(STORY)
    const { tab, reader } = await openReader(STORY)

    await tab.close()
    await stopServiceWorkers(suite.chromium, reader)
    expect(isServiceWorkerRunning(suite.chromium)).toBe(false)
    await reader.reload({ waitUntil: 'load' })

    expect(await settledState(reader, 'reader')).toBe('article')
    expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)
    expect(await reader.$('[data-testid=retry]')).toBeNull()
  })

  it('a reader address whose tab is gone, with nothing kept, says so and offers no “Try again”', async () => {
    // A reader tab's address from the history, say, after the page's tab was closed: tab ids
    // are never reused within a session, so this one names a tab that does not exist.
    const { tab, reader } = await openReader(STORY)
    const gone = new URL(reader.url()).searchParams.get('tab')
    await tab.close()
    await reader.close()
    const stale = pages.track(
      await openTab(suite.chromium, `${EXTENSION_ORIGIN}${READER_PATH}?tab=${gone}`),
      'stale reader',
    )
    expect(await settledState(stale, 'reader')).toBe('source-gone')
    const text = normalize(await stale.$eval('main', (e) => (e as HTMLElement).innerText))
    expect(text).toContain(t('readerGoneNoCopy'))
    expect(await stale.$('[data-testid=retry]')).toBeNull()
  })
})
