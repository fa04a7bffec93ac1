/**
 * A run is seed + scenario (STYLE.md §3): the same pair gives byte-identical summary, logs and
 * metrics; another seed gives another run; stepping gives what running to the end gives; and one
 * function's configuration never shifts another's random draws.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import type { Scenario } from '../scenario/types.ts'
import { scenarioOf, simulate } from '../testing/harness.ts'
import { startsOf } from './readers.ts'

/** Two functions with random arrivals, durations, errors, throttles, alias routing, async retries and destinations. */
function busyAccount(): Scenario {
  return scenarioOf({
    Seed: 2024,
    DurationSeconds: 600,
    Functions: [
      {
        FunctionName: 'api', MemorySize: 512, ReservedConcurrentExecutions: 6,
        Simulation: { DurationMs: { Distribution: 'lognormal', Mean: 300, StdDev: 150 }, InitDurationMs: { Distribution: 'normal', Mean: 400, StdDev: 80 }, ErrorRate: 0.05, IdleTimeoutSeconds: 60 },
        Versions: [{ Version: '1' }, { Version: '2', Simulation: { ErrorRate: 0.2 } }],
        Aliases: [{ Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.25 } } }],
      },
      {
        FunctionName: 'worker', MemorySize: 256,
        Simulation: { DurationMs: { Distribution: 'exponential', Mean: 800 }, ErrorRate: 0.3 },
        EventInvokeConfig: { MaximumRetryAttempts: 1, DestinationConfig: { OnSuccess: { Destination: 'done' }, OnFailure: { Destination: 'failed' } } },
      },
    ],
    Queues: [{ QueueName: 'done' }, { QueueName: 'failed' }],
    Traffic: [
      { Target: 'api:live', Arrivals: { Process: 'poisson', RatePerSecond: 15 } },
      { Target: 'worker', InvocationType: 'Event', Arrivals: { Process: 'poisson', RatePerSecond: 3 }, Payload: { job: 1 } },
    ],
  })
}

/** Everything a run shows, as one string. */
function everything(sim: Simulation): string {
  return JSON.stringify({
    summary: sim.summary(),
    logs: { api: sim.logEvents('api', 100_000), worker: sim.logEvents('worker', 100_000) },
    metrics: {
      apiSeconds: sim.metrics({ functionName: 'api', resolution: 'second' }),
      apiMinutes: sim.metrics({ functionName: 'api', resolution: 'minute' }),
      workerSeconds: sim.metrics({ functionName: 'worker', resolution: 'second' }),
      workerMinutes: sim.metrics({ functionName: 'worker', resolution: 'minute' }),
      accountSeconds: sim.metrics({ resolution: 'second' }),
      accountMinutes: sim.metrics({ resolution: 'minute' }),
    },
    queues: { done: sim.queueMessages('done'), failed: sim.queueMessages('failed') },
    snapshot: sim.snapshot(),
  })
}

function runOnce(scenario: Scenario, seed?: number): string {
  const { sim } = simulate(scenario, seed === undefined ? {} : { seed })
  sim.runToEnd()
  return everything(sim)
}

describe('same scenario + same seed = the same run', () => {
  test('two runs give byte-identical summary, logs, metrics, queue messages and snapshot', () => {
    const first = runOnce(busyAccount())
    const second = runOnce(busyAccount())
    expect(second).toBe(first)
    // The run is not trivially empty.
    const summary = JSON.parse(first).summary
    expect(summary.Functions.api.Throttles).toBeGreaterThan(0)
    expect(summary.Functions.api.Errors).toBeGreaterThan(0)
    expect(summary.Queues.failed.MessagesReceived).toBeGreaterThan(0)
  })

  test('the trace of every engine decision is identical too', () => {
    const a = simulate(busyAccount())
    const b = simulate(busyAccount())
    a.sim.runToEnd()
    b.sim.runToEnd()
    expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace))
  })

  test('the seed option overrides the scenario\'s Seed: same seed, same run', () => {
    expect(runOnce(busyAccount(), 99)).toBe(runOnce(busyAccount(), 99))
    expect(runOnce({ ...busyAccount(), Seed: 99 })).toBe(runOnce(busyAccount(), 99))
  })
})

describe('different seeds give different runs', () => {
  test('another seed changes the summary and the logs', () => {
    const a = JSON.parse(runOnce(busyAccount(), 1))
    const b = JSON.parse(runOnce(busyAccount(), 2))
    expect(JSON.stringify(b.summary.Functions)).not.toBe(JSON.stringify(a.summary.Functions))
    expect(JSON.stringify(b.logs)).not.toBe(JSON.stringify(a.logs))
    expect(b.summary.Seed).toBe(2)
  })
})

describe('stepping gives the same run as running to the end', () => {
  test('runUntil every 7.3 s equals runToEnd', () => {
    const whole = runOnce(busyAccount())
    const { sim } = simulate(busyAccount())
    for (let t = 7300; !sim.done; t += 7300) sim.runUntil(t)
    expect(sim.nowMs).toBe(600_000)
    expect(everything(sim)).toBe(whole)
  })

  test('reading the views between steps (as the UI does) does not change the run', () => {
    const whole = runOnce(busyAccount())
    const { sim } = simulate(busyAccount())
    for (let t = 7300; !sim.done; t += 7300) {
      sim.runUntil(t)
      everything(sim)
    }
    expect(everything(sim)).toBe(whole)
    // Reading every view 82 times takes about 2 s alone and near 5 s on a loaded shared machine.
  }, 20_000)

  test('runUntil past the end stops at the run\'s duration', () => {
    const { sim } = simulate(busyAccount())
    sim.runUntil(10 * 600_000)
    expect(sim.nowMs).toBe(600_000)
    expect(sim.done).toBe(true)
  })
})

describe('forking: one function\'s settings never shift another\'s random streams', () => {
  function withApiMemory(memoryMb: number): Scenario {
    const scenario = busyAccount()
    const api = scenario.Functions[0]!
    api.MemorySize = memoryMb
    api.Simulation = { ...api.Simulation, CpuBoundShare: 1, ReferenceMemorySize: 512 }
    return scenario
  }

  test('changing api\'s MemorySize leaves worker\'s arrivals, durations and outcomes identical', () => {
    const small = simulate(withApiMemory(512))
    const large = simulate(withApiMemory(3008))
    small.sim.runToEnd()
    large.sim.runToEnd()
    // api itself did change: its durations scale with memory.
    expect(large.sim.summary().Functions.api?.Duration.Average).toBeLessThan(small.sim.summary().Functions.api?.Duration.Average ?? 0)
    const workerStarts = (run: typeof small) => startsOf(run.trace, 'worker').map((s) => [s.atMs, s.cold])
    expect(workerStarts(large)).toEqual(workerStarts(small))
    expect(large.sim.summary().Functions.worker).toEqual(small.sim.summary().Functions.worker)
    const reports = (run: typeof small) => run.sim.logEvents('worker', 100_000).filter((e) => e.message.startsWith('REPORT')).map((e) => e.message.split('\t').slice(1).join('\t'))
    expect(reports(large)).toEqual(reports(small))
  })

  test('changing api\'s MemorySize leaves api\'s own arrival instants and alias routing identical', () => {
    // Without a reservation nothing is throttled, so every arrival starts at once and shows in the trace.
    const unthrottled = (memoryMb: number) => {
      const scenario = withApiMemory(memoryMb)
      delete scenario.Functions[0]!.ReservedConcurrentExecutions
      return simulate(scenario)
    }
    const small = unthrottled(512)
    const large = unthrottled(3008)
    small.sim.runToEnd()
    large.sim.runToEnd()
    const starts = (run: typeof small) => startsOf(run.trace, 'api').map((s) => [s.atMs, s.version])
    expect(small.sim.summary().Functions.api?.Throttles).toBe(0)
    expect(starts(small).length).toBeGreaterThan(8000)
    expect(starts(large)).toEqual(starts(small))
  })
})
