/**
 * Shrunk counterexamples the properties found, kept as fixed scenarios so they stay covered
 * whatever seed fast-check picks. Each runs through every invariant check.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { EnvironmentSelection, Scenario } from '../scenario/types.ts'
import { scenarioOf } from '../testing/harness.ts'
import type { TraceEvent } from '../trace.ts'
import {
  accountingProblems, concurrencyMonitor, environmentProblems, peakProblems, provisionedProblems,
} from './invariants.ts'
import { startRun } from './run.ts'

/** Far more trace events than any of these scenarios makes: past it the engine is looping in place. */
const RUNAWAY_EVENTS = 100_000

function runChecked(scenario: Scenario): { problems: string[]; trace: TraceEvent[]; sim: Simulation } {
  const monitor = concurrencyMonitor(scenario)
  let events = 0
  const { sim, trace } = startRun(scenario, (event, run) => {
    if (++events > RUNAWAY_EVENTS) throw new Error(`Runaway run: over ${RUNAWAY_EVENTS} trace events by ${event.atMs} ms`)
    monitor.observe(event, run)
  })
  sim.runToEnd()
  const problems = [
    ...accountingProblems(sim, trace), ...monitor.violations, ...peakProblems(sim, monitor),
    ...environmentProblems(trace), ...provisionedProblems(scenario, sim, trace),
  ]
  return { problems, trace, sim }
}

const constant = (Value: number) => ({ Distribution: 'constant' as const, Value })

describe('counterexamples the properties found', () => {
  test.each<EnvironmentSelection>(['random', 'oldest', 'newest', 'most-recently-used'])(
    'IdleTimeoutSeconds 0 with %s selection: every request gets a fresh environment, reclaimed as it finishes',
    (selection) => {
      const { problems, trace } = runChecked(scenarioOf({
        DurationSeconds: 5,
        Account: { EnvironmentSelection: selection },
        Functions: [{ FunctionName: 'fn', Simulation: { DurationMs: constant(100), IdleTimeoutSeconds: 0 } }],
        Traffic: [{ Target: 'fn', Arrivals: { Process: 'constant', RatePerSecond: 1 } }],
      }))
      expect(problems).toEqual([])
      expect(trace.filter((e) => e.type === 'invocation-start' && e.cold)).toHaveLength(5)
      expect(trace.flatMap((e) => (e.type === 'environment-end' ? [e.reason] : []))).toEqual(Array(5).fill('idle-reclaimed'))
    },
  )

  test('an async event throttled until its maximum age is dropped at that age, not requeued at the same instant forever', () => {
    // The 20th event arrives at 6,333.33… ms; (6,333.33… + 60,000) − 6,333.33… rounds to just under 60,000.
    const { problems, trace } = runChecked(scenarioOf({
      DurationSeconds: 80,
      Functions: [{
        FunctionName: 'fn', ReservedConcurrentExecutions: 1, Timeout: 120,
        Simulation: { DurationMs: constant(100_000) }, EventInvokeConfig: { MaximumEventAgeInSeconds: 60 },
      }],
      Traffic: [
        { Target: 'fn', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } },
        { Target: 'fn', InvocationType: 'Event', Arrivals: { Process: 'constant', RatePerSecond: 3 }, EndSecond: 7 },
      ],
    }))
    expect(problems).toEqual([])
    expect(trace.filter((e) => e.type === 'throttle').length).toBeLessThan(1000)
  })

  test('an async attempt that fails after the event\'s maximum age drops it then; the clock never goes back to the deadline', () => {
    // Received at 0 s with a 60 s maximum age, its first attempt fails at 61.2 s: the retry was
    // scheduled at 60 s, in the past, and the on-failure destination's invocation started then.
    const { problems, trace, sim } = runChecked(scenarioOf({
      DurationSeconds: 90,
      Functions: [{
        FunctionName: 'fn', Timeout: 120, Simulation: { DurationMs: constant(61_000), ErrorRate: 1 },
        EventInvokeConfig: { MaximumEventAgeInSeconds: 60, DestinationConfig: { OnFailure: { Destination: 'handler' } } },
      }, { FunctionName: 'handler', Simulation: { DurationMs: constant(100), InitDurationMs: constant(0) } }],
      Traffic: [{ Target: 'fn', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } }],
    }))
    expect(problems).toEqual([])
    // 200 ms of init, then 61 s of work that fails; the event, past its age, is dropped at that moment.
    const starts = trace.flatMap((e) => (e.type === 'invocation-start' ? [[e.functionName, e.atMs]] : []))
    expect(starts).toEqual([['fn', 0], ['handler', 61_200]])
    expect(sim.accounting()).toMatchObject({ received: 2, dropped: 1, succeeded: 1, queued: 0 })
    expect(sim.summary().Functions.fn?.AsyncEventsDropped).toBe(1)
  })

  test('replacing provisioned concurrency while its environment is busy keeps the account within its limit', () => {
    // Before: the old configuration's claim was released at once, so 100 more on-demand requests fitted beside the busy one.
    const { problems } = runChecked(scenarioOf({
      DurationSeconds: 5,
      Account: { ConcurrentExecutions: 101 },
      Functions: [{
        FunctionName: 'f0', Simulation: { DurationMs: constant(1000) }, Versions: [{ Version: '1' }],
        ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 1 }],
      }],
      Traffic: [
        { Target: 'f0:1', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } },
        { Target: 'f0', Arrivals: { Process: 'burst', Count: 101, AtSecond: 0 } },
      ],
      Timeline: [{ AtSecond: 0, Do: { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'f0', Qualifier: '1', ProvisionedConcurrentExecutions: 1 } }],
    }))
    expect(problems).toEqual([])
  })

  test('provisioned concurrency finishing its allocation beside on-demand requests keeps the function within its reservation', () => {
    // An on-demand request starts while the new configuration is IN_PROGRESS; the allocation then
    // claims the reservation's only unit, and a provisioned start made two in flight against 1.
    const { problems } = runChecked(scenarioOf({
      DurationSeconds: 5,
      Account: { ConcurrentExecutions: 165, ProvisionedConcurrencyPreparationSeconds: 0 },
      Functions: [{
        FunctionName: 'f0', Simulation: { DurationMs: constant(0) }, Versions: [{ Version: '1' }],
        ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 1 }],
      }],
      Traffic: [{ Target: 'f0:1', Arrivals: { Process: 'constant', RatePerSecond: 100 } }],
      Timeline: [
        { AtSecond: 0, Do: { Action: 'PutFunctionConcurrency', FunctionName: 'f0', ReservedConcurrentExecutions: 1 } },
        { AtSecond: 0, Do: { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'f0', Qualifier: '1', ProvisionedConcurrentExecutions: 1 } },
      ],
    }))
    expect(problems).toEqual([])
  })

  test('an environment of a replaced configuration that ends by a timeout is not replaced into the new one', () => {
    // The old configuration's environment times out at 1.2 s, after the new one (1 environment) is ready at 0.51 s.
    const { problems, sim } = runChecked(scenarioOf({
      DurationSeconds: 5,
      Account: { ProvisionedConcurrencyPreparationSeconds: 0.5 },
      Functions: [{
        FunctionName: 'f0', Timeout: 1, Simulation: { DurationMs: constant(5000) }, Versions: [{ Version: '1' }],
        ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 1 }],
      }],
      Traffic: [{ Target: 'f0:1', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } }],
      Timeline: [{ AtSecond: 0, Do: { Action: 'PutProvisionedConcurrencyConfig', FunctionName: 'f0', Qualifier: '1', ProvisionedConcurrentExecutions: 1 } }],
    }))
    expect(problems).toEqual([])
    expect(sim.snapshot(0).functions[0]?.environments.provisioned).toBe(1)
  })

  test.each([
    ['OnSuccess', 0],
    ['OnFailure', 0.001],
] as const)('a function that is its own %s destination is stopped after 16 invocations of the chain [D-recursion]', (condition, durationMs) => {
    const { problems, sim } = runChecked(scenarioOf({
      DurationSeconds: 5,
      Functions: [{
        FunctionName: 'f0',
        Simulation: { DurationMs: constant(durationMs), ErrorRate: condition === 'OnFailure' ? 1 : 0 },
        EventInvokeConfig: { MaximumRetryAttempts: 0, DestinationConfig: { [condition]: { Destination: 'f0' } } },
      }],
      Traffic: [{ Target: 'f0', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } }],
    }))
    expect(problems).toEqual([])
    const summary = sim.summary().Functions.f0
    expect(summary?.Invocations).toBe(16)
    // The 17th is stopped; as OnFailure, its own failure record is the 18th, and Lambda refuses it too.
    const stopped = condition === 'OnFailure' ? 2 : 1
    expect(sim.metrics({ functionName: 'f0', resolution: 'minute' })[0]?.values.RecursiveInvocationsDropped).toBe(stopped)
    expect(summary?.RecursiveInvocationsDropped).toBe(stopped)
    // Dropped: the stopped 17th, and as OnFailure the 16 that failed before it.
    expect(sim.accounting()).toMatchObject({ received: 16 + stopped, rejected: stopped - 1, dropped: condition === 'OnFailure' ? 17 : 1 })
  })

  test('reserved concurrency 0 with the function as its own on-failure destination stops the chain instead of recursing', () => {
    const { problems, sim } = runChecked(scenarioOf({
      DurationSeconds: 5,
      Functions: [{ FunctionName: 'f0', ReservedConcurrentExecutions: 0, EventInvokeConfig: { DestinationConfig: { OnFailure: { Destination: 'f0' } } } }],
      Traffic: [{ Target: 'f0', InvocationType: 'Event', Arrivals: { Process: 'burst', Count: 1, AtSecond: 0 } }],
    }))
    expect(problems).toEqual([])
    // 17 events queued and dropped; the 17th's failure record, on the stopped chain, is refused at the Invoke.
    expect(sim.accounting()).toMatchObject({ received: 18, dropped: 17, rejected: 1 })
  })
})
