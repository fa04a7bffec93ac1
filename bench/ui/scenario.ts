/**
 * The UI benchmark's load: one function at 10,000 requests per second of 100 ms work, so about
 * 1,000 execution environments are busy at once (Little's law: 10,000/s × 0.1 s), for an hour of
 * virtual time, model-only so the figures are the page's and the engine's, not QuickJS's.
 */
import type { Scenario } from '../../src/engine/scenario/types.ts'

export const RATE_PER_SECOND = 10_000
export const WORK_MS = 100

export const UI_BENCH_SCENARIO: Scenario = {
  Format: 'lambda-playground/scenario@1',
  Name: 'UI benchmark: 1,000 environments at 10,000 rps',
  Seed: 1,
  DurationSeconds: 3600,
  // Room for 1,000 busy environments plus the 100 that must stay unreserved.
  Account: { ConcurrentExecutions: 3000 },
  Functions: [{
    FunctionName: 'bench',
    MemorySize: 256,
    Simulation: { DurationMs: { Distribution: 'constant', Value: WORK_MS }, InitDurationMs: { Distribution: 'constant', Value: 150 } },
  }],
  Traffic: [{ Target: 'bench', InvocationType: 'RequestResponse', Arrivals: { Process: 'constant', RatePerSecond: RATE_PER_SECOND } }],
}
