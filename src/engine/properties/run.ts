/** Runs a generated scenario for a property: asserts the document is valid, then records every engine decision. */
import { expect } from 'vitest'
import type { RequestAccounting, Simulation } from '../api.ts'
import { formatScenarioErrors } from '../scenario/errors.ts'
import type { Scenario } from '../scenario/types.ts'
import { validateScenario } from '../scenario/validate.ts'
import { createSimulation } from '../simulation.ts'
import type { TraceEvent } from '../trace.ts'

/** Runs per property: small enough for every `npm test`; `PROPERTY_RUNS=5000` searches deeper. */
export function propertyRuns(normally: number): number {
  const override = Number(process.env.PROPERTY_RUNS)
  return Number.isInteger(override) && override > 0 ? override : normally
}

/** A property's time limit: generous for the normal runs (a second or two each), and scaled for deep searches. */
export function propertyTimeoutMs(runs: number): number {
  return Math.max(60_000, runs * 500)
}

export interface PropertyRun {
  sim: Simulation
  trace: TraceEvent[]
}

/**
 * A generator that produces an invalid document is a bug in the generator: fail loudly with the
 * validator's errors rather than filtering such documents away.
 */
export function expectValid(scenario: Scenario): void {
  const checked = validateScenario(scenario)
  expect(checked.ok ? '' : formatScenarioErrors(checked.errors), 'the generator must produce valid scenarios').toBe('')
}

/** `observe` sees each trace event as it happens, with the simulation, so it can compare the engine's state at that instant. */
export function startRun(scenario: Scenario, observe?: (event: TraceEvent, sim: Simulation) => void): PropertyRun {
  expectValid(scenario)
  const trace: TraceEvent[] = []
  const holder: { sim?: Simulation } = {}
  const sim = createSimulation(scenario, {
    trace: (event) => {
      trace.push(event)
      if (observe && holder.sim) observe(event, holder.sim)
    },
  })
  holder.sim = sim
  return { sim, trace }
}

/** received = succeeded + failed + throttled + rejected + dryRuns + dropped + in flight + queued. */
export function unaccounted(a: RequestAccounting): number {
  return a.received - (a.succeeded + a.failed + a.throttled + a.rejected + a.dryRuns + a.dropped + a.inFlight + a.queued)
}

/** Fractions of the run, sorted, as virtual times. */
export function checkpoints(fractions: readonly number[], durationMs: number): number[] {
  return [...fractions].sort((a, b) => a - b).map((f) => f * durationMs)
}

/** Runs to each stop (fractions of the run, in time order) and then to the end, calling `check` at every one. */
export function runStopping(sim: Simulation, fractions: readonly number[], check: () => void): void {
  for (const atMs of checkpoints(fractions, sim.durationMs)) {
    sim.runUntil(atMs)
    check()
  }
  sim.runToEnd()
  check()
}
