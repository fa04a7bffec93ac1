import { useStore } from 'zustand'
import { useAppServices } from '../AppServicesContext.ts'
import type { AppState, AppStore } from './appStore.ts'

/** Reads the app store; pass a module-level selector (or `useShallow`) so renders stay stable. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppServices().store, selector)
}

/** The store itself, for edits (`editDocument(store, ...)` in ./edits.ts) and commands. */
export function useAppStore(): AppStore {
  return useAppServices().store
}
