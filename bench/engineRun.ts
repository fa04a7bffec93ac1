/**
 * One benchmark run in its own process, so its wall time and peak memory are the whole process's:
 * a one-function, model-only scenario at a constant rate of 200 ms work.
 * Usage: node --import tsx bench/engineRun.ts <requestsPerSecond> <simulatedSeconds>
 * Prints one JSON line: invocations, the run's own seconds, and the process's peak RSS.
 */
import { performance } from 'node:perf_hooks'
import { createSimulation } from '../src/engine/simulation.ts'
import { SCENARIO_FORMAT, type Scenario } from '../src/engine/scenario/types.ts'

const rate = Number(process.argv[2])
const seconds = Number(process.argv[3])

/** Enough account concurrency for the rate (200 ms × rate), so the run measures invocations rather than throttles. */
const concurrencyNeeded = Math.max(1000, Math.ceil(rate * 0.2 * 1.5))
const scenario: Scenario = {
  Format: SCENARIO_FORMAT,
  Name: `benchmark ${rate} rps`,
  Seed: 1,
  DurationSeconds: seconds,
  Account: { ConcurrentExecutions: concurrencyNeeded },
  Functions: [{ FunctionName: 'work', MemorySize: 512, Simulation: { DurationMs: { Distribution: 'constant', Value: 200 } } }],
  Traffic: [{ Target: 'work', Arrivals: { Process: 'constant', RatePerSecond: rate } }],
}

const started = performance.now()
const sim = createSimulation(scenario)
sim.runToEnd()
const runSeconds = (performance.now() - started) / 1000
const summary = sim.summary().Functions.work
process.stdout.write(`${JSON.stringify({
  invocations: summary?.Invocations ?? 0,
  throttles: summary?.Throttles ?? 0,
  runSeconds,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
})}\n`)
