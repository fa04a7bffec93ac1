/** Per-node and per-edge live state: each component subscribes to its own slice of the frame, compared shallowly. */
import { createContext, useCallback, useContext } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { AppState } from '../../store/appStore.ts'
import { useAppState } from '../../store/useAppState.ts'
import { qualifierLive, resourceLive } from './liveIndex.ts'
import type { FunctionLive, QualifierLive, ResourceLive } from './liveTypes.ts'
import { selectLiveIndex } from './storeLive.ts'

const NONE: ReadonlySet<string> = new Set()

/** The graph's active-edges selector (./storeLive.ts `createActiveEdgesSelector`), shared by its edges. */
export const ActiveEdgesContext = createContext<(state: AppState) => ReadonlySet<string>>(() => NONE)

export function useFunctionLive(functionName: string): FunctionLive | null {
  return useAppState(useShallow(useCallback((state: AppState) => selectLiveIndex(state).functions.get(functionName) ?? null, [functionName])))
}

export function useQualifierLive(nodeId: string): QualifierLive {
  return useAppState(useShallow(useCallback((state: AppState) => qualifierLive(selectLiveIndex(state), nodeId), [nodeId])))
}

export function useResourceLive(nodeId: string): ResourceLive {
  return useAppState(useShallow(useCallback((state: AppState) => resourceLive(selectLiveIndex(state), nodeId), [nodeId])))
}

export function useEdgeActive(edgeId: string): boolean {
  const selectActive = useContext(ActiveEdgesContext)
  return useAppState(useCallback((state: AppState) => selectActive(state).has(edgeId), [selectActive, edgeId]))
}
