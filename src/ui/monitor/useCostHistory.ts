import { useCallback, useEffect } from 'react'
import type { AppStore } from '../store/appStore.ts'
import { useAppStore } from '../store/useAppState.ts'
import { addCostSample, type CostHistory } from './costHistory.ts'

/** Kept per store, so switching tabs away from the Monitor and back keeps the history gathered so far. */
const histories = new WeakMap<AppStore, CostHistory>()

/**
 * Samples the run's cost from each new summary while the Monitor is open (summaries arrive a few
 * times a second, which is all a cost line needs) and answers a reader of the history so far.
 * Sampling re-renders nothing: the charts read the history when they redraw anyway.
 */
export function useCostHistory(): () => CostHistory {
  const store = useAppStore()
  useEffect(() => {
    let lastSummary = store.getState().live.frame?.summary
    return store.subscribe((state) => {
      const frame = state.live.frame
      if (!frame?.summary || frame.summary === lastSummary) return
      lastSummary = frame.summary
      histories.set(store, addCostSample(histories.get(store) ?? new Map(), frame.snapshot.nowMs, frame.summary))
    })
  }, [store])
  return useCallback(() => histories.get(store) ?? new Map(), [store])
}
