import { createContext } from 'react'
import type { ProgressStore } from './progressStore.ts'

/**
 * The progress store, when a test provides its own; the page uses the one kept in localStorage
 * (./useProgress.ts). Only the context lives here, so the page's first load does not carry the store.
 */
export const ProgressContext = createContext<ProgressStore | null>(null)
