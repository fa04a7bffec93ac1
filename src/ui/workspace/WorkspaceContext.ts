import { createContext, useContext } from 'react'
import type { Persister } from '../store/persistence.ts'
import type { WorkspaceStore } from './workspaceStore.ts'

/** Where the page keeps its workspaces; given by the page (src/main.tsx) beside the app's services. */
export interface WorkspaceServices {
  storage: WorkspaceStore
  persister: Persister
  /** Why work is kept in memory only (the browser allows no IndexedDB), or null when it is saved. */
  unavailable: string | null
  /** The wall clock, for when a workspace was saved. */
  nowMs: () => number
}

export const WorkspaceContext = createContext<WorkspaceServices | null>(null)

export function useWorkspaceServices(): WorkspaceServices {
  const services = useContext(WorkspaceContext)
  if (!services) throw new Error('useWorkspaceServices needs a <WorkspaceContext> above it')
  return services
}
