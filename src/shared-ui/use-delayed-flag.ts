import { useEffect, useState } from 'preact/hooks'

/**
 * True once `active` has stayed true for `delayMs`. A loading indicator that flashes for a few
 * milliseconds reads as flicker; most extractions finish in under 150 ms.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!active) {
      setShown(false)
      return undefined
    }
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => clearTimeout(timer)
  }, [active, delayMs])
  return shown
}
