import { memo, useCallback } from 'react'
import { formatCount } from '../format.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { SUMMARY_COLUMNS } from './summaryColumns.ts'

export const SummaryRow = memo(function SummaryRow({ functionName }: { functionName: string }) {
  const selectSummary = useCallback((state: AppState) => state.live.summary?.Functions[functionName], [functionName])
  // In flight comes from the snapshot, which is fresher than the summary.
  const selectInFlight = useCallback(
    (state: AppState) => state.live.snapshot?.functions.find((view) => view.functionName === functionName)?.inFlight ?? 0,
    [functionName],
  )
  const summary = useAppState(selectSummary)
  const inFlight = useAppState(selectInFlight)
  if (!summary) return null
  return (
    <tr data-testid={`summary-row-${functionName}`}>
      <th scope="row">{functionName}</th>
      <td data-testid="summary-in-flight">{formatCount(inFlight)}</td>
      {SUMMARY_COLUMNS.map((column) => (
        <td key={column.id} data-testid={`summary-${column.id}`}>{column.value(summary)}</td>
      ))}
    </tr>
  )
})
