/** Renders untrusted HTML: sanitized into nodes (safe-html.ts), which are appended. */
import { useLayoutEffect, useRef } from 'preact/hooks'
import { toSafeFragment } from './safe-html.ts'

interface Props {
  /** Markup from a web page or from storage; it is sanitized here, every time it is shown. */
  untrustedHtml: string
  class?: string
  testId?: string
}

/**
 * The sanitizer hands back nodes still in its own inert document, so the pictures among them
 * can be marked `loading="lazy"` before any of them starts loading (that happens when they are
 * appended here). Eager pictures would hold back the page's load event, and Chrome shows an
 * extension popup only once its document has loaded
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame): a story that arrives before that
 * would keep the popup closed until every picture in it had come from the web.
 */
export function SanitizedHtml({ untrustedHtml, class: className, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    const nodes = toSafeFragment(untrustedHtml)
    for (const img of nodes.querySelectorAll('img')) img.loading = 'lazy'
    container.replaceChildren(nodes)
  }, [untrustedHtml])
  return <div ref={ref} class={className} data-testid={testId} />
}
