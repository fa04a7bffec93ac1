import { useContext } from 'react'
import { useStore } from 'zustand'
import type { Progress } from './progress.ts'
import { ProgressContext } from './ProgressContext.ts'
import { createProgressStore, type ProgressStore } from './progressStore.ts'

let pageStore: ProgressStore | null = null

/** The page's progress, kept in localStorage; created on first use. */
export function pageProgressStore(): ProgressStore {
  if (!pageStore) {
    let storage: Storage | null = null
    try {
      storage = window.localStorage
    } catch {
      // Storage blocked by the browser: progress lasts as long as the page.
    }
    pageStore = createProgressStore(storage)
  }
  return pageStore
}

export function useProgressStore(): ProgressStore {
  return useContext(ProgressContext) ?? pageProgressStore()
}

/** Reads progress with a module-level selector, like `useAppState`. */
export function useProgress<T>(selector: (progress: Progress) => T): T {
  return useStore(useProgressStore(), selector)
}
