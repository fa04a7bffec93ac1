/**
 * Small helpers for the behaviour tests: modelled functions with fixed timings, and questions asked
 * of a run's trace and metrics. The tests themselves say which documented number they check.
 */
import type { SeriesPoint, Simulation } from '../api.ts'
import type { ScenarioRule } from '../scenario/errors.ts'
import type { FunctionConfig, Scenario } from '../scenario/types.ts'
import { validateScenario } from '../scenario/validate.ts'
import type { ThrottleCause, TraceEvent } from '../trace.ts'

type StartEvent = Extract<TraceEvent, { type: 'invocation-start' }>
type EndEvent = Extract<TraceEvent, { type: 'invocation-end' }>
type EnvironmentEndEvent = Extract<TraceEvent, { type: 'environment-end' }>
type ThrottleEvent = Extract<TraceEvent, { type: 'throttle' }>

/** A modelled function whose every request takes `durationMs` (after a `initMs` cold start), with room to finish. */
export function modelled(name: string, durationMs: number, initMs = 200, extra: Partial<FunctionConfig> = {}): FunctionConfig {
  return {
    FunctionName: name,
    Timeout: 900,
    ...extra,
    Simulation: {
      DurationMs: { Distribution: 'constant', Value: durationMs },
      InitDurationMs: { Distribution: 'constant', Value: initMs },
      ...extra.Simulation,
    },
  }
}

export function starts(trace: readonly TraceEvent[], functionName?: string): StartEvent[] {
  return trace.filter((e): e is StartEvent => e.type === 'invocation-start' && (functionName === undefined || e.functionName === functionName))
}

export function ends(trace: readonly TraceEvent[], functionName?: string): EndEvent[] {
  return trace.filter((e): e is EndEvent => e.type === 'invocation-end' && (functionName === undefined || e.functionName === functionName))
}

export function environmentEnds(trace: readonly TraceEvent[]): EnvironmentEndEvent[] {
  return trace.filter((e): e is EnvironmentEndEvent => e.type === 'environment-end')
}

export function throttles(trace: readonly TraceEvent[], functionName?: string): ThrottleEvent[] {
  return trace.filter((e): e is ThrottleEvent => e.type === 'throttle' && (functionName === undefined || e.functionName === functionName))
}

/** How many throttles each limit caused. */
export function throttleCauses(trace: readonly TraceEvent[]): Partial<Record<ThrottleCause, number>> {
  const counts: Partial<Record<ThrottleCause, number>> = {}
  for (const t of throttles(trace)) counts[t.cause] = (counts[t.cause] ?? 0) + 1
  return counts
}

/** The rules the validator reports for a document (empty when it is valid). */
export function validationRules(scenario: Scenario): ScenarioRule[] {
  const result = validateScenario(scenario)
  return result.ok ? [] : result.errors.map((e) => e.rule)
}

/** One field of a function's (or the account's) 1-second series, keyed by the bucket's whole second. */
export function perSecond(sim: Simulation, field: string, functionName?: string): Map<number, number> {
  const points: SeriesPoint[] = sim.metrics(functionName === undefined ? { resolution: 'second' } : { functionName, resolution: 'second' })
  return new Map(points.map((p) => [p.tMs / 1000, p.values[field] ?? Number.NaN]))
}

/** The value at `second`, failing loudly when the bucket is missing. */
export function at(series: Map<number, number>, second: number): number {
  const value = series.get(second)
  if (value === undefined) throw new Error(`No bucket for second ${second}`)
  return value
}
