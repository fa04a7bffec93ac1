import { useShallow } from 'zustand/react/shallow'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { SUMMARY_COLUMNS } from './summaryColumns.ts'
import { SummaryRow } from './SummaryRow.tsx'

const selectFunctionNames = (state: AppState) => Object.keys(state.live.summary?.Functions ?? {})

/** The CLI summary's per-function fields, refreshed while the run plays. */
export function SummaryTable() {
  const functionNames = useAppState(useShallow(selectFunctionNames))
  if (functionNames.length === 0) return null
  return (
    <table className="summary" data-testid="summary-table">
      <caption>Per function, since the start of the run</caption>
      <thead>
        <tr>
          <th scope="col">Function</th>
          <th scope="col">In flight</th>
          {SUMMARY_COLUMNS.map((column) => (
            <th key={column.id} scope="col">{column.heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {functionNames.map((functionName) => (
          <SummaryRow key={functionName} functionName={functionName} />
        ))}
      </tbody>
    </table>
  )
}
