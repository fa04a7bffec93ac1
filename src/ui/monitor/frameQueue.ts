/**
 * Work spread over animation frames within a time budget per frame. A dozen Recharts charts that
 * all have new data cost more than a frame, and drawn in one go they make one long task; here each
 * frame draws as many as fit in the budget (at least one), so no task runs much past it (issue 5:
 * no main-thread task over 100 ms) while a redraw still reaches every chart within a few frames.
 * Whether the next item fits is judged by what the last one took: charts cost about the same.
 */
export interface FrameQueue {
  /** Runs `work` in a coming frame. Queued again before its turn, an item keeps its place and runs only its newest work. */
  enqueue(key: object, work: () => void): void
  /** Forgets the item (its owner is gone). */
  cancel(key: object): void
}

export interface FrameQueueOptions {
  /** Real milliseconds of work a frame may run; one item always runs. */
  budgetMs: number
  /** Schedules one call on the next frame; `requestAnimationFrame` in the page. */
  requestFrame?: (callback: () => void) => unknown
  /** Real time in milliseconds; `performance.now` in the page. */
  now?: () => number
}

export function createFrameQueue({ budgetMs, requestFrame = (callback) => requestAnimationFrame(callback), now = () => performance.now() }: FrameQueueOptions): FrameQueue {
  // A Map keeps insertion order, and setting a key that is already queued keeps its place.
  const queued = new Map<object, () => void>()
  let scheduled = false

  const runFrame = () => {
    scheduled = false
    const startMs = now()
    // Work queued while this frame runs waits for the next one.
    for (const key of [...queued.keys()]) {
      const work = queued.get(key)
      if (!work) continue
      queued.delete(key)
      const itemStartMs = now()
      work()
      const endMs = now()
      if (endMs - startMs + (endMs - itemStartMs) > budgetMs) break
    }
    if (queued.size > 0) schedule()
  }

  const schedule = () => {
    if (scheduled) return
    scheduled = true
    requestFrame(runFrame)
  }

  return {
    enqueue(key, work) {
      queued.set(key, work)
      schedule()
    },
    cancel(key) {
      queued.delete(key)
    },
  }
}
