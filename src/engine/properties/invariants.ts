/**
 * The invariants every run keeps, as checks that return what they found wrong (empty = holds).
 * The property tests run them over random scenarios; the regression tests over the shrunk
 * counterexamples that once broke them.
 */
import type { Simulation } from '../api.ts'
import type { Scenario } from '../scenario/types.ts'
import type { TraceEvent } from '../trace.ts'
import { unaccounted } from './run.ts'
import { accountLimitOf, fullyProvisionedFunctions, reservationsOf } from './scenarioFacts.ts'

function countBy(trace: readonly TraceEvent[], keep: (event: TraceEvent) => boolean): Map<string, number> {
  const counts = new Map<string, number>()
  for (const event of trace) if (keep(event)) counts.set(event.functionName, (counts.get(event.functionName) ?? 0) + 1)
  return counts
}

function mismatch(problems: string[], what: string, actual: number | undefined, expected: number): void {
  if (actual !== expected) problems.push(`${what}: ${actual} ≠ ${expected}`)
}

/** received = outcomes + in flight + queued, and the summary and the snapshot count what the trace shows. */
export function accountingProblems(sim: Simulation, trace: readonly TraceEvent[]): string[] {
  const problems: string[] = []
  const accounting = sim.accounting()
  if (unaccounted(accounting) !== 0) problems.push(`${unaccounted(accounting)} requests unaccounted for: ${JSON.stringify(accounting)}`)
  const starts = countBy(trace, (e) => e.type === 'invocation-start')
  const ends = countBy(trace, (e) => e.type === 'invocation-end')
  const throttles = countBy(trace, (e) => e.type === 'throttle')
  const errors = countBy(trace, (e) => e.type === 'invocation-end' && e.outcome !== 'success')
  const coldStarts = countBy(trace, (e) => e.type === 'invocation-start' && e.cold)
  const snapshot = sim.snapshot(0)
  let inFlight = 0
  let allThrottles = 0
  for (const [name, summary] of Object.entries(sim.summary().Functions)) {
    const view = snapshot.functions.find((f) => f.functionName === name)
    const running = (starts.get(name) ?? 0) - (ends.get(name) ?? 0)
    mismatch(problems, `${name} Invocations`, summary.Invocations, starts.get(name) ?? 0)
    mismatch(problems, `${name} Throttles`, summary.Throttles, throttles.get(name) ?? 0)
    mismatch(problems, `${name} Errors`, summary.Errors, errors.get(name) ?? 0)
    mismatch(problems, `${name} ColdStarts`, summary.ColdStarts, coldStarts.get(name) ?? 0)
    mismatch(problems, `${name} in flight`, view?.inFlight, running)
    if ((view?.asyncQueueDepth ?? -1) < 0) problems.push(`${name} async queue depth ${view?.asyncQueueDepth}`)
    inFlight += running
    allThrottles += throttles.get(name) ?? 0
  }
  mismatch(problems, 'accounting in flight', accounting.inFlight, inFlight)
  // Only synchronous throttles are outcomes; a throttled async event goes back to the queue.
  if (accounting.throttled > allThrottles) problems.push(`${accounting.throttled} throttled requests, ${allThrottles} throttles`)
  return problems
}

export interface ConcurrencyMonitor {
  /** Pass to `startRun`: checks each start against the limits in force at that instant. */
  observe(event: TraceEvent, sim: Simulation): void
  readonly violations: string[]
  /** Highest in-flight count per function, for the summary's ConcurrentExecutions.Maximum. */
  readonly peaks: Map<string, number>
}

/**
 * At every start: the account's requests in flight ≤ its ConcurrentExecutions, and a function's
 * ≤ its reserved concurrency in force then (read from the engine at each timeline change, and
 * checked to be the document's value or one the timeline set by then). Requests that started
 * before a reduction may run on; no new one may start above the limit.
 */
export function concurrencyMonitor(scenario: Scenario): ConcurrencyMonitor {
  const accountLimit = accountLimitOf(scenario)
  const inFlight = new Map<string, number>()
  const peaks = new Map<string, number>()
  const reserved = new Map(scenario.Functions.map((f) => [f.FunctionName, f.ReservedConcurrentExecutions ?? null]))
  const changeTimes = [...new Set((scenario.Timeline ?? [])
    .filter((t) => t.Do.Action === 'PutFunctionConcurrency' || t.Do.Action === 'DeleteFunctionConcurrency')
    .map((t) => t.AtSecond * 1000))].sort((a, b) => a - b)
  let nextChange = 0
  let account = 0
  const violations: string[] = []

  const refreshReservations = (sim: Simulation, atMs: number): void => {
    if (nextChange >= changeTimes.length || (changeTimes[nextChange] as number) > atMs) return
    for (const view of sim.snapshot(0).functions) {
      const allowed = reservationsOf(scenario, view.functionName).filter((r) => r.fromMs <= atMs).map((r) => r.value)
      if (!allowed.includes(view.reservedConcurrency)) {
        violations.push(`${atMs} ms: ${view.functionName} has reserved ${view.reservedConcurrency}, not one of ${JSON.stringify(allowed)}`)
      }
      reserved.set(view.functionName, view.reservedConcurrency)
    }
    // An action at exactly `atMs` may still be ahead on the agenda: keep it pending until time moves past it.
    while (nextChange < changeTimes.length && (changeTimes[nextChange] as number) < atMs) nextChange++
  }

  const observe = (event: TraceEvent, sim: Simulation): void => {
    if (event.type === 'invocation-end') {
      inFlight.set(event.functionName, (inFlight.get(event.functionName) ?? 0) - 1)
      account--
      return
    }
    if (event.type !== 'invocation-start') return
    refreshReservations(sim, event.atMs)
    const n = (inFlight.get(event.functionName) ?? 0) + 1
    inFlight.set(event.functionName, n)
    peaks.set(event.functionName, Math.max(peaks.get(event.functionName) ?? 0, n))
    account++
    if (account > accountLimit) violations.push(`${event.atMs} ms: ${account} in flight in the account, limit ${accountLimit}`)
    const limit = reserved.get(event.functionName) ?? null
    if (limit !== null && n > limit) {
      violations.push(`${event.atMs} ms: ${n} in flight for ${event.functionName} (${event.provisioned ? 'provisioned' : 'on-demand'} start), reserved ${limit}`)
    }
  }
  return { observe, violations, peaks }
}

/** The summary's ConcurrentExecutions.Maximum is the peak the trace shows. */
export function peakProblems(sim: Simulation, monitor: ConcurrencyMonitor): string[] {
  const problems: string[] = []
  for (const [name, summary] of Object.entries(sim.summary().Functions)) {
    mismatch(problems, `${name} ConcurrentExecutions.Maximum`, summary.ConcurrentExecutions.Maximum, monitor.peaks.get(name) ?? 0)
  }
  return problems
}

/**
 * An environment serves one request at a time, belongs to one version of one function, ends once,
 * never while serving, and serves nothing after it ended; the trace runs forward in time.
 */
export function environmentProblems(trace: readonly TraceEvent[]): string[] {
  const serving = new Set<number>()
  const ended = new Set<number>()
  const owner = new Map<number, string>()
  const problems: string[] = []
  let lastMs = 0
  for (const event of trace) {
    if (event.atMs < lastMs) problems.push(`${event.type} at ${event.atMs} ms after ${lastMs} ms`)
    lastMs = event.atMs
    if (event.type === 'throttle') continue
    const env = event.environment
    const where = `${event.atMs} ms, environment ${env} of ${event.functionName}`
    switch (event.type) {
      case 'invocation-start': {
        if (ended.has(env)) problems.push(`${where}: started a request after it ended`)
        if (serving.has(env)) problems.push(`${where}: started a request while serving another`)
        serving.add(env)
        const identity = `${event.functionName}:${event.version}`
        if ((owner.get(env) ?? identity) !== identity) problems.push(`${where}: ran ${identity} after ${owner.get(env)}`)
        owner.set(env, identity)
        break
      }
      case 'invocation-end':
        if (!serving.delete(env)) problems.push(`${where}: ended a request it was not serving`)
        break
      case 'environment-end':
        if (serving.has(env)) problems.push(`${where}: ended (${event.reason}) while serving a request`)
        if (ended.has(env)) problems.push(`${where}: ended twice`)
        ended.add(env)
        break
      default: {
        const unknown: never = event
        throw new Error(`Unknown trace event ${JSON.stringify(unknown)}`)
      }
    }
  }
  return problems
}

/**
 * ProvisionedConcurrencyInvocations + SpilloverInvocations ≤ Invocations, with equality for
 * functions whose every request targets provisioned concurrency ready from t = 0; and the
 * provisioned count is what the trace shows.
 */
export function provisionedProblems(scenario: Scenario, sim: Simulation, trace: readonly TraceEvent[]): string[] {
  const problems: string[] = []
  const full = fullyProvisionedFunctions(scenario)
  const onProvisioned = countBy(trace, (e) => e.type === 'invocation-start' && e.provisioned)
  for (const [name, s] of Object.entries(sim.summary().Functions)) {
    const provisioned = s.ProvisionedConcurrencyInvocations + s.ProvisionedConcurrencySpilloverInvocations
    mismatch(problems, `${name} ProvisionedConcurrencyInvocations`, s.ProvisionedConcurrencyInvocations, onProvisioned.get(name) ?? 0)
    if (provisioned > s.Invocations) problems.push(`${name}: ${provisioned} provisioned + spillover > ${s.Invocations} invocations`)
    if (full.has(name)) mismatch(problems, `${name} (fully provisioned) provisioned + spillover`, provisioned, s.Invocations)
  }
  return problems
}
