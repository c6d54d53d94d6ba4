/**
 * MV3 stops an idle service worker at any time. After CDP ServiceWorker.stopAllWorkers, the next
 * toolbar click must wake a fresh worker and the popup must work as before; a reader tab opened
 * before the stop must still be found (its state lives in storage.session, not in globals).
 */
import { describe, expect, it } from 'vitest'
import {
  clickToolbar,
  evaluateInServiceWorker,
  isReader,
  isServiceWorkerRunning,
  openTab,
  runTabAction,
  settledState,
  stopServiceWorkers,
  targetClosed,
  wakeServiceWorker,
} from './harness/chromium.ts'
import { expectStoryAsExpected, readShownStory } from './harness/story.ts'
import { chromiumSuite } from './harness/suite.ts'

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

describe('service worker stopped and woken', () => {
  it('the popup still shows the story after the worker was stopped', async () => {
    const first = suite.server.fixture('jnews--dnyuz-chile-spaceport-atacama').expected
    const tab = pages.track(await openTab(suite.chromium, first.url), 'page')
    const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
    expect(await settledState(popup, 'popup')).toBe('article')
    await popup.close()

    // Mark the running worker, so a restart can be told from the same worker still running.
    await evaluateInServiceWorker(suite.chromium, () => {
      Reflect.set(globalThis, '__e2eMark', 1)
    })
    await stopServiceWorkers(suite.chromium, tab)
    expect(isServiceWorkerRunning(suite.chromium)).toBe(false)

    // A click on another story wakes a fresh worker through the popup's message.
    const next = suite.server.fixture('msn--venice-flood-barriers-lower-threshold').expected
    const tab2 = pages.track(await openTab(suite.chromium, next.url), 'page 2')
    const popup2 = pages.track(await clickToolbar(suite.chromium, tab2), 'popup 2')
    expect(await settledState(popup2, 'popup')).toBe('article')
    expectStoryAsExpected(await readShownStory(popup2, 'popup'), next)
    const mark = await evaluateInServiceWorker(
      suite.chromium,
      () => typeof Reflect.get(globalThis, '__e2eMark'),
    )
    expect(mark, 'the worker that answered is a fresh one').toBe('undefined')
  })

  it('a reader tab opened before the stop still shows its story and still toggles closed', async () => {
    const { expected } = suite.server.fixture('yahoo--finance-pickle-business-lessons')
    const tab = pages.track(await openTab(suite.chromium, expected.url), 'page')
    const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
    expect(await settledState(popup, 'popup')).toBe('article')
    const opened = suite.chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
    await popup.click('[data-testid=action-open-reader]')
    const readerTarget = await opened
    const reader = pages.track((await readerTarget.asPage())!, 'reader')
    expect(await settledState(reader, 'reader')).toBe('article')

    await stopServiceWorkers(suite.chromium, tab)
    // Reloading asks the (stopped) worker for the stored outcome.
    await reader.reload({ waitUntil: 'load' })
    expect(await settledState(reader, 'reader')).toBe('article')
    expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)

    // Stopped again; the shortcut's event wakes a fresh worker, which finds the reader's source
    // tab in storage.session.
    await stopServiceWorkers(suite.chromium, tab)
    await wakeServiceWorker(suite.chromium, reader)
    const closed = targetClosed(suite.chromium, readerTarget)
    await runTabAction(suite.chromium, 'toggleReader', reader.url())
    await closed
  })
})
