/**
 * What of the list fills the page's first screen, and what waits until that is on screen.
 *
 * Everything in the DOM before the first frame is rendered by Preact (with its code cold: each
 * page load runs it afresh), styled and laid out before that frame; fifty stories took about
 * 20 ms of script before the list could show. So the first frame holds the stories that fit on
 * the screen, and the rest are rendered once that frame is on screen, below them: nothing
 * visible moves, and within moments find in page and screen readers have the whole page.
 */
import { FIRST_STORY_TIMING_NAME } from './first-story-timing.ts'

/**
 * The least height a story takes on the page, in CSS pixels: its title line, the line below it
 * and its row of buttons (list.css) come to about 105 px at the default 16 px font, and the
 * page's header and controls take about 150 px above the first; 72 px holds for fonts down to
 * about 11 px. A few more stories than fit cost little; one too few leaves a gap at the bottom
 * of the window for one frame. In pixels rather than rem: reading the root's font size forced a
 * style pass of the whole page before its first render (1.4 ms in a profile).
 */
const SMALLEST_STORY_PX = 72

/** How many stories the first frame shows: enough to fill the window's height. */
export function firstScreenCount(): number {
  return Math.max(1, Math.ceil(window.innerHeight / SMALLEST_STORY_PX))
}

/** Runs `then` once the next frame has been painted (a frame callback, then a task after it). */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0))
}

/**
 * The longest the rest of the page waits for the first story to be reported presented: a tab
 * opened in the background paints nothing until it is shown, and a browser without Element
 * Timing (Firefox) reports nothing.
 */
const PRESENTED_WAIT_MS = 150

/**
 * Runs `then` once the first story (first-story-timing.ts) has been presented on screen, not
 * merely painted by the page: its frame still has to be rastered and drawn after the page's own
 * part of it, about 25 ms more on two cores, and whatever the page did next (the rest of the
 * stories, loading the changes' code) competed with that for the same cores. Waiting for it
 * brought the first screen 0.89× as far from navigation (npm run bench:list, A/B in one run).
 * Where nothing reports it, after the next paint; at the latest after PRESENTED_WAIT_MS.
 */
export function afterFirstStoryPresented(then: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    observer?.disconnect()
    then()
  }
  const timed = PerformanceObserver.supportedEntryTypes?.includes('element') === true
  const observer = timed
    ? new PerformanceObserver((list) => {
        if (list.getEntries().some(isFirstStory)) once()
      })
    : null
  if (observer) observer.observe({ type: 'element', buffered: true })
  else afterNextPaint(once)
  setTimeout(once, PRESENTED_WAIT_MS)
}

function isFirstStory(entry: PerformanceEntry): boolean {
  return Reflect.get(entry, 'identifier') === FIRST_STORY_TIMING_NAME
}
