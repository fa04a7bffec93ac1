import { createStore, type StoreApi } from 'zustand/vanilla'
import { EMPTY_PROGRESS, parseProgress, type Progress } from './progress.ts'

/**
 * The localStorage key; the version changes with the stored shape, so an old shape is never read
 * as the new one (it is simply ignored).
 */
export const PROGRESS_KEY = 'lambda-playground:learn-progress:v1'

export type ProgressStore = StoreApi<Progress>

/** The part of `Storage` the store needs (localStorage in the page, a Map-backed fake in tests). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * Progress read from `storage` and written back on every change (a change is a click: solving,
 * revealing, submitting). Storage that refuses (private mode, quota) leaves progress in memory.
 */
export function createProgressStore(storage: ProgressStorage | null): ProgressStore {
  const store = createStore<Progress>()(() => readProgress(storage))
  store.subscribe((progress) => {
    try {
      if (progress.scenarios === EMPTY_PROGRESS.scenarios) storage?.removeItem(PROGRESS_KEY)
      else storage?.setItem(PROGRESS_KEY, JSON.stringify(progress))
    } catch {
      // Nothing to do: the progress stays for this page's life.
    }
  })
  return store
}

function readProgress(storage: ProgressStorage | null): Progress {
  try {
    const text = storage?.getItem(PROGRESS_KEY)
    return text ? parseProgress(JSON.parse(text)) : EMPTY_PROGRESS
  } catch {
    return EMPTY_PROGRESS
  }
}

/** Forgets everything (the panel asks for confirmation first). */
export function resetProgress(store: ProgressStore): void {
  store.setState(EMPTY_PROGRESS, true)
}

export function changeProgress(store: ProgressStore, change: (progress: Progress) => Progress): void {
  store.setState(change(store.getState()), true)
}
