import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { FrameQueue } from './frameQueue.ts'

/**
 * `value` as last drawn: null until the queue first gives this component its turn, then each new
 * value (one that is not `same` as the drawn one) waits for its next turn. While `paused` (scrolled
 * out of view) the last drawing stays and nothing is queued; the first drawing is made anyway, so
 * that every chart has its plot and its description. The component re-renders within its turn
 * (`flushSync`), so the queue's time budget counts the drawing itself.
 */
export function useQueuedValue<T>(value: T, queue: FrameQueue, paused: boolean, same: (drawn: T, next: T) => boolean): T | null {
  const [drawn, setDrawn] = useState<T | null>(null)
  const [key] = useState(() => ({}))
  const waits = drawn !== null && (paused || same(drawn, value))
  useEffect(() => {
    // Scrolled away before its turn: the turn is given up.
    if (waits) queue.cancel(key)
    else queue.enqueue(key, () => flushSync(() => setDrawn(value)))
  }, [queue, key, waits, value])
  useEffect(() => () => queue.cancel(key), [queue, key])
  return drawn
}
