/**
 * A run is its scenario and seed (STYLE.md §3): the same document gives the same run, however it
 * is stepped and however often it is observed on the way, as the worker and the UI do.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { Scenario } from '../scenario/types.ts'
import { scenarioArbitrary } from './arbitraries.ts'
import { checkpoints, propertyRuns, propertyTimeoutMs, startRun } from './run.ts'

const RUNS = propertyRuns(50)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)

/** Everything a driver can read: summary, accounting, every environment, every metric series and every log line. */
function observe(sim: Simulation, scenario: Scenario): string {
  const names = scenario.Functions.map((f) => f.FunctionName)
  return JSON.stringify({
    summary: sim.summary(),
    accounting: sim.accounting(),
    snapshot: sim.snapshot(Number.MAX_SAFE_INTEGER),
    metrics: [undefined, ...names].map((functionName) => ({
      second: sim.metrics({ functionName, resolution: 'second' }),
      minute: sim.metrics({ functionName, resolution: 'minute' }),
    })),
    logs: names.map((name) => sim.logEvents(name, 10_000)),
  })
}

/** Steps: fractions of the run, sometimes past its end, each maybe followed by a look at the run (as the UI does while it plays). */
const steps = fc.array(fc.record({ at: fc.double({ min: 0, max: 1.2, noNaN: true }), look: fc.boolean() }), { maxLength: 8 })

describe('determinism over random valid scenarios', () => {
  test('the same document and seed give identical summary, snapshot, metrics and logs, and the document is not changed', () => {
    fc.assert(fc.property(scenarioArbitrary, (scenario) => {
      const original = JSON.stringify(scenario)
      const first = startRun(scenario)
      first.sim.runToEnd()
      const second = startRun(structuredClone(scenario))
      second.sim.runToEnd()
      expect(observe(second.sim, scenario)).toBe(observe(first.sim, scenario))
      expect(JSON.stringify(second.trace)).toBe(JSON.stringify(first.trace))
      expect(JSON.stringify(scenario)).toBe(original)
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)

  test('running in random steps, looking at the run between them, ends exactly where runToEnd does', () => {
    fc.assert(fc.property(scenarioArbitrary, steps, (scenario, plan) => {
      const whole = startRun(scenario)
      whole.sim.runToEnd()
      const stepped = startRun(scenario)
      const looks = new Map(plan.map((step) => [step.at * stepped.sim.durationMs, step.look]))
      for (const atMs of checkpoints(plan.map((step) => step.at), stepped.sim.durationMs)) {
        stepped.sim.runUntil(atMs)
        if (looks.get(atMs) === true) observe(stepped.sim, scenario)
      }
      stepped.sim.runToEnd()
      expect(stepped.sim.done).toBe(true)
      expect(JSON.stringify(stepped.sim.summary())).toBe(JSON.stringify(whole.sim.summary()))
      expect(observe(stepped.sim, scenario)).toBe(observe(whole.sim, scenario))
      expect(JSON.stringify(stepped.trace)).toBe(JSON.stringify(whole.trace))
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
