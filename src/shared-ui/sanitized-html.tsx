/** Renders sanitized HTML: a container whose content is set from a `SafeHtml` value only. */
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { SafeHtml } from './safe-html.ts'

interface Props {
  html: SafeHtml
  class?: string
  testId?: string
}

/**
 * The markup is parsed in an inert <template> first, so its pictures can be marked
 * `loading="lazy"` before any of them starts loading. Eager pictures would hold back the
 * page's load event, and Chrome shows an extension popup only once its document has loaded
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame): a story that arrives before
 * that would keep the popup closed until every picture in it had come from the web.
 */
export function SanitizedHtml({ html, class: className, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    const template = document.createElement('template')
    template.innerHTML = html
    for (const img of template.content.querySelectorAll('img')) img.loading = 'lazy'
    container.replaceChildren(template.content)
  }, [html])
  return <div ref={ref} class={className} data-testid={testId} />
}
