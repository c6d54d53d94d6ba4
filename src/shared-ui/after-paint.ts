/**
 * Work that must not hold back a page's first frames, run after them.
 *
 * On a busy machine every millisecond of work a page does before its first frame has reached the
 * screen delays that frame: the main thread builds it, but its tiles are rastered and drawn on
 * other threads that compete for the same cores.
 */

/** A page that is not shown gets no animation frames; what waits for one runs after this. */
const NO_FRAMES_MS = 1000

/**
 * Runs `callback` once the next frame's main-thread work is done (an animation frame, then a
 * task), or after a second if the page gets no frames. Returns a function that cancels it.
 */
export function afterNextFrame(callback: () => void): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    callback()
  }
  const frame = requestAnimationFrame(() => setTimeout(run))
  const timer = setTimeout(run, NO_FRAMES_MS)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Resolves once a frame painted after this call has been presented: the browser reports a
 * paint (first-contentful-paint) or a largest-contentful-paint entry at or after now, which it
 * does only once the frame is on screen. Call it right after rendering what must show first.
 * Falls back to a second later: pages not shown paint nothing, and after the first input the
 * browser stops reporting largest-contentful-paint.
 */
export function afterPresented(): Promise<void> {
  const since = performance.now()
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.startTime >= since)) done()
    })
    const timer = setTimeout(done, NO_FRAMES_MS)
    for (const type of ['paint', 'largest-contentful-paint']) {
      // Not every browser reports every type (Firefox has no largest-contentful-paint).
      if (PerformanceObserver.supportedEntryTypes.includes(type)) {
        observer.observe({ type, buffered: true })
      }
    }
  })
}
