/** Renders untrusted HTML: sanitized into nodes (safe-html.ts), which are appended. */
import { useLayoutEffect, useRef } from 'preact/hooks'
import { afterNextFrame } from './after-paint.ts'
import { blockParent, holdBackAfter } from './first-screen.ts'
import { toSafeFragment } from './safe-html.ts'

interface Props {
  /** Markup from a web page or from storage; it is sanitized here, every time it is shown. */
  untrustedHtml: string
  class?: string
  testId?: string
  /**
   * Put about this many characters of text in the DOM at once and the rest one frame later
   * (first-screen.ts); everything at once when absent.
   */
  firstChars?: number
}

/**
 * The sanitizer hands back nodes still in its own inert document, so the pictures among them
 * can be marked `loading="lazy"` before any of them starts loading (that happens when they are
 * appended here). Eager pictures would hold back the page's load event, and Chrome shows an
 * extension popup only once its document has loaded
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame): a story that arrives before that
 * would keep the popup closed until every picture in it had come from the web.
 *
 * `data-complete` is set on the container once all of the markup is in the DOM.
 */
export function SanitizedHtml({ untrustedHtml, class: className, testId, firstChars }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    const nodes = toSafeFragment(untrustedHtml)
    for (const img of nodes.querySelectorAll('img')) img.loading = 'lazy'
    delete container.dataset.complete
    if (firstChars === undefined) {
      container.replaceChildren(nodes)
      container.dataset.complete = ''
      return
    }
    const blocks = blockParent(nodes)
    const rest = holdBackAfter(blocks, firstChars)
    container.replaceChildren(nodes)
    // Where the held-back blocks go back: their parent element, which moved into the container
    // with the fragment's children, or the container itself when the blocks were the fragment's.
    const parent = blocks === nodes ? container : (blocks as Element)
    return afterNextFrame(() => {
      parent.append(...rest)
      container.dataset.complete = ''
    })
  }, [untrustedHtml, firstChars])
  return <div ref={ref} class={className} data-testid={testId} />
}
