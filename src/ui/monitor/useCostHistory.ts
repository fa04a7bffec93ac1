import { useEffect, useState } from 'react'
import type { AppStore } from '../store/appStore.ts'
import { useAppStore } from '../store/useAppState.ts'
import { addCostSample, type CostHistory } from './costHistory.ts'

/** Kept per store, so switching tabs away from the Monitor and back keeps the history gathered so far. */
const histories = new WeakMap<AppStore, CostHistory>()

/**
 * The run's cost history, sampled from each new summary while the Monitor is open: summaries
 * arrive a few times a second, which is all a cost line needs.
 */
export function useCostHistory(): CostHistory {
  const store = useAppStore()
  const [history, setHistory] = useState<CostHistory>(() => histories.get(store) ?? new Map())
  useEffect(() => {
    let lastSummary = store.getState().live.frame?.summary
    return store.subscribe((state) => {
      const frame = state.live.frame
      if (!frame?.summary || frame.summary === lastSummary) return
      lastSummary = frame.summary
      const next = addCostSample(histories.get(store) ?? new Map(), frame.snapshot.nowMs, frame.summary)
      histories.set(store, next)
      setHistory(next)
    })
  }, [store])
  return history
}
