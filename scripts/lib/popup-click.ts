/**
 * One toolbar click, timed from Node to the story painted in the popup (bench:popup).
 *
 * Clocks. The click is CDP Extensions.triggerAction (the real toolbar-click path), stamped in
 * Node just before the command is sent, on Node's epoch clock (performance.timeOrigin + now).
 * "Story painted" is the render time of the popup's first largest-contentful-paint entry inside
 * the story (source line, headline or body), on the popup's own clock (its
 * performance.timeOrigin + renderTime). The offset between the two epoch clocks is measured for
 * every popup by a round trip (midpoint) and subtracted; its uncertainty is kept. Chromium
 * coarsens paint timestamps to 4 ms in pages that are not cross-origin isolated, so each
 * click → paint figure is exact to within about 4 ms plus that offset uncertainty.
 */
import type { Page } from 'puppeteer-core'
import {
  type Chromium,
  clickToolbar,
  settledState,
  shimEsbuildNames,
} from '../../tests/e2e/harness/chromium.ts'

/** Node's wall clock in epoch milliseconds, with sub-millisecond resolution. */
export const nodeNow = (): number => performance.timeOrigin + performance.now()

/** Milestones inside the popup, in ms after the popup document started (its timeOrigin). */
export interface PopupSteps {
  responseEnd: number
  domInteractive: number
  load: number
  firstPaint: number
  /** The popup's own User Timing marks (upstream:…), when it set them. */
  marks: Record<string, number>
}

export interface Click {
  /** Click → the popup document starts loading (its timeOrigin). */
  toPopupStart: number
  /** Click → the popup's first contentful paint. */
  toFirstPaint: number
  /** Click → story painted. */
  toPaint: number
  /** Half the round trip of the clock-offset measurement: the error bound of the offset. */
  offsetError: number
  steps: PopupSteps
}

/** The popup's epoch clock minus Node's, from the midpoint of a round trip. */
async function clockOffset(popup: Page): Promise<{ offset: number; error: number }> {
  let best = { offset: 0, error: Number.POSITIVE_INFINITY }
  for (let i = 0; i < 5; i++) {
    const before = nodeNow()
    const there = await popup.evaluate(() => performance.timeOrigin + performance.now())
    const after = nodeNow()
    const error = (after - before) / 2
    if (error < best.error) best = { offset: there - (before + after) / 2, error }
  }
  return best
}

interface PopupTimes {
  origin: number
  firstPaint: number | null
  paint: number | null
}

function storyPaintTime(popup: Page): Promise<PopupTimes> {
  return popup.evaluate(
    () =>
      new Promise<PopupTimes>((resolve) => {
        let paint: number | null = null
        let firstPaint: number | null = null
        const done = () => {
          lcp.disconnect()
          fcp.disconnect()
          clearTimeout(timer)
          resolve({ origin: performance.timeOrigin, firstPaint, paint })
        }
        // The story may be rendered before the popup is first painted (when the answer comes
        // before the popup is shown), so both entries may still be to come: wait for them.
        const lcp = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LargestContentfulPaint[]) {
            const inStory = entry.element?.closest(
              '[data-testid=story], [data-testid=source-links]',
            )
            const at = entry.renderTime || entry.startTime
            if (inStory && (paint === null || at < paint)) paint = at
          }
          // Buffered entries are delivered in one batch; later ones only if the story grows.
          if (paint !== null && firstPaint !== null) setTimeout(done, 100)
        })
        const fcp = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) firstPaint = entry.startTime
          if (paint !== null && firstPaint !== null) setTimeout(done, 100)
        })
        lcp.observe({ type: 'largest-contentful-paint', buffered: true })
        fcp.observe({ type: 'paint', buffered: true })
        const timer = setTimeout(done, 10_000)
      }),
  )
}

function popupSteps(popup: Page): Promise<Omit<PopupSteps, 'firstPaint'>> {
  return popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const marks: Record<string, number> = {}
    for (const mark of performance.getEntriesByType('mark')) {
      if (mark.name.startsWith('upstream:')) marks[mark.name] ??= mark.startTime
    }
    return {
      responseEnd: nav.responseEnd,
      domInteractive: nav.domInteractive,
      load: nav.loadEventStart,
      marks,
    }
  })
}

/** Clicks the toolbar button on `tab` and times the popup it opens; closes the popup. */
export async function measureClick(chromium: Chromium, tab: Page): Promise<Click> {
  await tab.bringToFront()
  const clickedAt = nodeNow()
  const popup = await clickToolbar(chromium, tab)
  try {
    // Not waiting for the whole story: the bench also times builds from before it was marked.
    const state = await settledState(popup, 'popup', { wholeStory: false })
    if (state !== 'article') throw new Error(`The popup shows "${state}"`)
    await shimEsbuildNames(popup)
    const { origin, firstPaint, paint } = await storyPaintTime(popup)
    if (paint === null) throw new Error('The popup reported no paint of the story')
    const steps = { ...(await popupSteps(popup)), firstPaint: firstPaint ?? Number.NaN }
    const { offset, error } = await clockOffset(popup)
    const popupStart = origin - offset
    return {
      toPopupStart: popupStart - clickedAt,
      toFirstPaint: popupStart + steps.firstPaint - clickedAt,
      toPaint: popupStart + paint - clickedAt,
      offsetError: error,
      steps,
    }
  } finally {
    await popup.close()
  }
}
