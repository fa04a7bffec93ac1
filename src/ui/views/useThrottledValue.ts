import { useEffect, useRef, useState } from 'react'

/**
 * `value`, but changing at most once per `intervalMs`: frames arrive up to 60 times a second and a
 * chart or a list needs only a few of them. The newest value always lands, at most `intervalMs` late.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value)
  const lastShownMs = useRef(0)
  useEffect(() => {
    if (Object.is(value, shown)) return undefined
    const waitMs = Math.max(0, lastShownMs.current + intervalMs - Date.now())
    const timer = setTimeout(() => {
      lastShownMs.current = Date.now()
      setShown(value)
    }, waitMs)
    return () => clearTimeout(timer)
  }, [value, shown, intervalMs])
  return shown
}
