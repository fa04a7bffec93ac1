/**
 * Running cost over virtual time, sampled from the run summaries that ride along the frames (the
 * engine prices the whole run; a per-bucket estimate would miss tiers and provisioned concurrency).
 * Bounded; a clock that goes back means a new run, which starts a new history.
 */
import type { RunSummary } from '../../engine/api.ts'
import type { ChartRow } from './chartData.ts'

/** The sample's column for the provisioned pollers' line item, when the summary has one. */
export const POLLERS_COST_KEY = 'EventSourceMappingProvisionedPollers'

/** Samples kept per function: the chart needs no more than its widest window has buckets. */
export const MAX_COST_SAMPLES = 360

/** Cost samples by function name, oldest first. */
export type CostHistory = ReadonlyMap<string, readonly ChartRow[]>

/** The history with this summary's cost of every function added at `nowMs`. */
export function addCostSample(history: CostHistory, nowMs: number, summary: RunSummary): CostHistory {
  const tSeconds = nowMs / 1000
  const next = new Map<string, readonly ChartRow[]>()
  for (const [name, fn] of Object.entries(summary.Functions)) {
    const before = history.get(name) ?? []
    const last = before.at(-1)
    // Time went back: a reset or a new load.
    const kept = last !== undefined && last.tSeconds > tSeconds ? [] : before
    const pollers = fn.CostBreakdownUSD?.EventSourceMappingProvisionedPollers
    const sample: ChartRow = { tSeconds, CostUSD: fn.CostUSD, ...(pollers === undefined ? {} : { [POLLERS_COST_KEY]: pollers }) }
    const rows = last?.tSeconds === tSeconds && kept === before ? [...kept.slice(0, -1), sample] : [...kept, sample]
    next.set(name, rows.slice(-MAX_COST_SAMPLES))
  }
  return next
}

/** The samples at or after `fromSeconds`. */
export function costRowsSince(history: CostHistory, functionName: string, fromSeconds: number): ChartRow[] {
  return (history.get(functionName) ?? []).filter((row) => row.tSeconds >= fromSeconds)
}
