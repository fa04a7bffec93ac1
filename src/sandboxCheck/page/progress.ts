/** The sandbox check's state on the page, fed by the worker's events; React reads it with useSyncExternalStore. */
import type { CaseReport, CheckEvent } from '../worker/protocol.ts'

export interface CheckProgress {
  planned: ReadonlyArray<{ group: string; name: string }>
  reports: readonly CaseReport[]
  finished: boolean
  fatal: string | null
}

export interface ProgressStore {
  subscribe(listener: () => void): () => void
  getSnapshot(): CheckProgress
}

const INITIAL: CheckProgress = { planned: [], reports: [], finished: false, fatal: null }

export function reduce(progress: CheckProgress, event: CheckEvent): CheckProgress {
  switch (event.type) {
    case 'planned': return { ...progress, planned: event.cases }
    case 'reported': return { ...progress, reports: [...progress.reports, event.report] }
    case 'finished': return { ...progress, finished: true }
    case 'fatal': return { ...progress, fatal: event.message }
  }
}

/** Starts the worker; the page keeps it for its whole life. */
export function startCheck(): ProgressStore {
  let progress = INITIAL
  const listeners = new Set<() => void>()
  const update = (next: CheckProgress) => {
    progress = next
    for (const listener of listeners) listener()
  }
  const worker = new Worker(new URL('../worker/check.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (message: MessageEvent<CheckEvent>) => update(reduce(progress, message.data))
  // A worker that fails to load or throws outside runAll's catch reports only here.
  worker.onerror = (event) => update(reduce(progress, { type: 'fatal', message: event.message || 'the check worker failed to start' }))
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => progress,
  }
}
