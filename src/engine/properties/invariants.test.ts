/**
 * Invariants every run keeps, whatever the scenario: checked over random valid scenarios
 * (./arbitraries.ts) against the engine's trace, its public accounting and its summary.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { InvocationType, Scenario } from '../scenario/types.ts'
import { scenarioArbitrary } from './arbitraries.ts'
import {
  accountingProblems, concurrencyMonitor, environmentProblems, peakProblems, provisionedProblems,
} from './invariants.ts'
import { propertyRuns, propertyTimeoutMs, startRun, unaccounted } from './run.ts'

const RUNS = propertyRuns(80)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)
/** Moments to stop at, each maybe with a request through the Invoke API (as the console's Test button sends). */
const stops = fc.array(fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  invoke: fc.option(fc.record({ target: fc.nat(), type: fc.constantFrom<InvocationType>('RequestResponse', 'Event', 'DryRun') })),
}), { maxLength: 4 })
const INVOKE_STATUSES = [200, 202, 204, 404, 413, 429]

/** What a console user may type: the traffic's targets, and ones that do not exist. */
function invokeTargets(scenario: Scenario): string[] {
  return [...(scenario.Traffic ?? []).map((t) => t.Target), 'missing', `${scenario.Functions[0]?.FunctionName}:99`]
}

describe('engine invariants over random valid scenarios', () => {
  test('every request ends in exactly one outcome: received = outcomes + in flight + queued, and the summary agrees with the trace', () => {
    fc.assert(fc.property(scenarioArbitrary, stops, (scenario, plan) => {
      const { sim, trace } = startRun(scenario)
      const targets = invokeTargets(scenario)
      // Conservation holds at every instant, not only at the end, and for requests from the Invoke API too.
      for (const { at, invoke } of [...plan].sort((a, b) => a.at - b.at)) {
        sim.runUntil(at * sim.durationMs)
        if (invoke) {
          const { StatusCode } = sim.invoke({ Target: targets[invoke.target % targets.length] as string, InvocationType: invoke.type })
          expect(INVOKE_STATUSES).toContain(StatusCode)
        }
        expect(unaccounted(sim.accounting()), `at ${sim.nowMs} ms: ${JSON.stringify(sim.accounting())}`).toBe(0)
      }
      sim.runToEnd()
      expect(accountingProblems(sim, trace)).toEqual([])
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)

  test('concurrency never exceeds the account limit, nor a function\'s reserved concurrency in force at the start', () => {
    fc.assert(fc.property(scenarioArbitrary, (scenario) => {
      const monitor = concurrencyMonitor(scenario)
      const { sim } = startRun(scenario, monitor.observe)
      sim.runToEnd()
      expect(monitor.violations.slice(0, 5)).toEqual([])
      expect(peakProblems(sim, monitor)).toEqual([])
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)

  test('no environment serves two requests at once, and an ended environment serves no more', () => {
    fc.assert(fc.property(scenarioArbitrary, (scenario) => {
      const { sim, trace } = startRun(scenario)
      sim.runToEnd()
      expect(environmentProblems(trace).slice(0, 5)).toEqual([])
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)

  test('provisioned invocations + spillover ≤ invocations, and = for functions whose every request targets provisioned concurrency ready from t = 0', () => {
    fc.assert(fc.property(scenarioArbitrary, (scenario) => {
      const { sim, trace } = startRun(scenario)
      sim.runToEnd()
      expect(provisionedProblems(scenario, sim, trace)).toEqual([])
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
