/**
 * Runs a loader that yields an ExtractOutcome and never leaves the page waiting forever: a
 * thrown error or a page that does not answer in time (a page stuck in an alert() blocks
 * executeScript) becomes an error outcome with a retry.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks'
import type { ExtractOutcome } from '../messaging/outcome.ts'
import { classifyError, errorDetail } from '../messaging/problems.ts'

const TIMEOUT_MS = 20_000

type Loader = () => Promise<ExtractOutcome>

function withTimeout(loader: Loader): Promise<ExtractOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS)
  })
  return Promise.race([loader(), timeout]).finally(() => clearTimeout(timer))
}

/** Anything thrown while loading, as an outcome the UI explains in words. */
export function errorOutcome(error: unknown): ExtractOutcome {
  const detail = errorDetail(error)
  return {
    kind: 'error',
    problem: classifyError(detail),
    detail,
    tabId: 0,
    pageUrl: null,
    at: Date.now(),
  }
}

/**
 * `initial`: an outcome already in hand when the page first renders (the popup's boot script
 * may have it before the bundle has loaded); `first` is not run then.
 */
export function useOutcome(
  first: Loader,
  again: Loader,
  initial: ExtractOutcome | null = null,
): { outcome: ExtractOutcome | null; retry: () => void } {
  const [outcome, setOutcome] = useState<ExtractOutcome | null>(initial)
  const run = useCallback((loader: Loader) => {
    setOutcome(null)
    withTimeout(loader).then(setOutcome, (error: unknown) => setOutcome(errorOutcome(error)))
  }, [])
  // Only on mount: the loaders are fixed for the page's lifetime. A layout effect runs right
  // after the first render; a plain effect would wait for the first frame to be painted.
  useLayoutEffect(() => {
    if (initial === null) run(first)
  }, [])
  return { outcome, retry: () => run(again) }
}
