/** Renders sanitized HTML: a container whose content is set from a `SafeHtml` value only. */
import { useLayoutEffect, useRef } from 'preact/hooks'
import { afterNextFrame } from './after-paint.ts'
import { blockParent, holdBackAfter } from './first-screen.ts'
import type { SafeHtml } from './safe-html.ts'

interface Props {
  html: SafeHtml
  class?: string
  testId?: string
  /**
   * Put about this many characters of text in the DOM at once and the rest one frame later
   * (first-screen.ts); everything at once when absent.
   */
  firstChars?: number
}

/**
 * The markup is parsed in an inert <template> first, so its pictures can be marked
 * `loading="lazy"` before any of them starts loading. Eager pictures would hold back the
 * page's load event, and Chrome shows an extension popup only once its document has loaded
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame): a story that arrives before
 * that would keep the popup closed until every picture in it had come from the web.
 *
 * `data-complete` is set on the container once all of the markup is in the DOM.
 */
export function SanitizedHtml({ html, class: className, testId, firstChars }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    const template = document.createElement('template')
    template.innerHTML = html
    for (const img of template.content.querySelectorAll('img')) img.loading = 'lazy'
    delete container.dataset.complete
    if (firstChars === undefined) {
      container.replaceChildren(template.content)
      container.dataset.complete = ''
      return
    }
    const blocks = blockParent(template.content)
    const rest = holdBackAfter(blocks, firstChars)
    container.replaceChildren(template.content)
    // Where the held-back blocks go back: their parent element, which moved into the container
    // with the fragment's children, or the container itself when the blocks were the fragment's.
    const parent = blocks === template.content ? container : (blocks as Element)
    return afterNextFrame(() => {
      parent.append(...rest)
      container.dataset.complete = ''
    })
  }, [html, firstChars])
  return <div ref={ref} class={className} data-testid={testId} />
}
