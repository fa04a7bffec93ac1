import type { FunctionSummary } from '../../engine/api.ts'
import { formatAverage, formatCount, formatMs, formatUsd } from '../format.ts'

export interface SummaryColumn {
  /** Used in `data-testid="summary-<id>"`. */
  id: string
  heading: string
  value(summary: FunctionSummary): string
}

/** The fields of the CLI's `--json` summary that the table shows, named as CloudWatch names them. */
export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { id: 'invocations', heading: 'Invocations', value: (s) => formatCount(s.Invocations) },
  { id: 'errors', heading: 'Errors', value: (s) => formatCount(s.Errors) },
  { id: 'throttles', heading: 'Throttles', value: (s) => formatCount(s.Throttles) },
  { id: 'cold-starts', heading: 'Cold starts', value: (s) => formatCount(s.ColdStarts) },
  { id: 'concurrency-average', heading: 'Concurrency avg', value: (s) => formatAverage(s.ConcurrentExecutions.Average) },
  { id: 'concurrency-maximum', heading: 'Concurrency max', value: (s) => formatCount(s.ConcurrentExecutions.Maximum) },
  { id: 'duration-p50', heading: 'Duration p50 (ms)', value: (s) => formatMs(s.Duration.p50) },
  { id: 'duration-p99', heading: 'Duration p99 (ms)', value: (s) => formatMs(s.Duration.p99) },
  { id: 'cost', heading: 'Cost (USD)', value: (s) => formatUsd(s.CostUSD) },
]
