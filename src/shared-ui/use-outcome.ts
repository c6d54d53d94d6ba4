/**
 * Runs a loader that yields what a page shows and never leaves the page waiting forever: a
 * thrown error or a page that does not answer in time (a page stuck in an alert() blocks
 * executeScript) becomes an error value (`onError`) with a retry.
 */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks'
import type { ExtractOutcome } from '../messaging/outcome.ts'
import { classifyError, errorDetail } from '../messaging/problems.ts'

const TIMEOUT_MS = 20_000

type Loader<T> = () => Promise<T>

function withTimeout<T>(loader: Loader<T>): Promise<T> {
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
 * `first` runs once, on mount; `retry` runs `again`. `initial`: a value already in hand when
 * the page first renders (the popup's boot script may have it before the bundle has loaded);
 * `first` is not run then.
 */
export function useLoaded<T>(
  first: Loader<T>,
  again: Loader<T>,
  onError: (error: unknown) => T,
  initial: T | null = null,
): { value: T | null; retry: () => void } {
  const [value, setValue] = useState<T | null>(initial)
  const run = useCallback((loader: Loader<T>) => {
    setValue(null)
    withTimeout(loader).then(setValue, (error: unknown) => setValue(onError(error)))
  }, [])
  // Only on mount: the loaders are fixed for the page's lifetime. A layout effect runs right
  // after the first render; a plain effect would wait for the first frame to be painted.
  useLayoutEffect(() => {
    if (initial === null) run(first)
  }, [])
  return { value, retry: () => run(again) }
}

/** useLoaded for an extraction outcome: a failure becomes an error outcome. */
export function useOutcome(
  first: Loader<ExtractOutcome>,
  again: Loader<ExtractOutcome>,
  initial: ExtractOutcome | null = null,
): { outcome: ExtractOutcome | null; retry: () => void } {
  const { value, retry } = useLoaded(first, again, errorOutcome, initial)
  return { outcome: value, retry }
}
