/**
 * Hides the page from the first moment (document_start) until auto mode has decided, so a
 * story page does not flash its original layout before the reader covers it. One <style>
 * element is added and removed again; nothing else on the page is touched. A timeout shows the
 * page anyway if deciding takes too long, so a slow or failed decision never leaves it blank.
 */

// Longer than extraction takes on a typical page (tens of ms), short enough not to feel broken.
const GIVE_UP_MS = 3000

export interface Hider {
  /** Shows the page again (idempotent). */
  release(): void
}

export function hideWhileDeciding(): Hider {
  const root = document.documentElement
  // In the rare document without a root element yet, there is nothing to hide.
  if (!root) return { release: () => undefined }
  const style = document.createElement('style')
  style.textContent = 'html{visibility:hidden!important}'
  root.append(style)
  let released = false
  const release = (): void => {
    if (released) return
    released = true
    clearTimeout(timer)
    style.remove()
  }
  const timer = setTimeout(release, GIVE_UP_MS)
  return { release }
}
