/** Renders sanitized HTML: a container whose innerHTML is set from a `SafeHtml` value only. */
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { SafeHtml } from './safe-html.ts'

interface Props {
  html: SafeHtml
  class?: string
  testId?: string
}

export function SanitizedHtml({ html, class: className, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (ref.current) ref.current.innerHTML = html
  }, [html])
  return <div ref={ref} class={className} data-testid={testId} />
}
