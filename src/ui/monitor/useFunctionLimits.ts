import { useCallback } from 'react'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'

/** The function's limits and cost now, as primitives so a chart panel re-renders only when they change. */
export function useFunctionLimits(functionName: string | null) {
  const reserved = useAppState(useCallback((state: AppState) =>
    state.live.frame?.snapshot.functions.find((f) => f.functionName === functionName)?.reservedConcurrency ?? null, [functionName]))
  const provisioned = useAppState(useCallback((state: AppState) =>
    state.live.frame?.snapshot.functions.find((f) => f.functionName === functionName)?.provisioned
      .reduce((sum, pc) => sum + pc.allocated, 0) ?? 0, [functionName]))
  const cost = useAppState(useCallback((state: AppState) =>
    (functionName === null ? null : state.live.frame?.summary?.Functions[functionName]?.CostUSD) ?? null, [functionName]))
  return { reserved, provisioned, cost }
}
