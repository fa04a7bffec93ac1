/**
 * APIs and load balancers over random setups (routes with short integration timeouts, slow or
 * failing functions, reserved concurrency, unmatched paths, bodies over the limits): every request
 * received is answered once or still pending, at every instant; the responses by status add up to
 * those answered; and the engine's request ledger still balances.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ResourceAccounting, Simulation } from '../api.ts'
import type { Scenario, TrafficConfig } from '../scenario/types.ts'
import { SCENARIO_FORMAT } from '../scenario/types.ts'
import { propertyRuns, propertyTimeoutMs, runStopping, startRun, unaccounted } from './run.ts'

const RUNS = propertyRuns(30)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)
const PATHS = ['/a', '/a/1', '/b', '/nothing']

const setup = fc.record({
  protocol: fc.constantFrom<'REST' | 'HTTP'>('REST', 'HTTP'),
  timeoutMs: fc.integer({ min: 50, max: 29_000 }),
  meanMs: fc.integer({ min: 1, max: 40_000 }),
  errorRate: fc.constantFrom(0, 0.2, 1),
  reserved: fc.option(fc.integer({ min: 0, max: 5 })),
  multiValue: fc.boolean(),
  rate: fc.double({ min: 0.1, max: 20, noNaN: true }),
  bigBody: fc.boolean(),
  stops: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
})
type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never

function scenarioOf(s: Setup): Scenario {
  const traffic = (target: string): TrafficConfig[] => PATHS.map((Path, i) => ({
    Target: target, Arrivals: { Process: i % 2 === 0 ? 'poisson' : 'constant', RatePerSecond: s.rate / (i + 1) }, Request: { Path },
  }))
  const big: TrafficConfig[] = s.bigBody ? [{ Target: 'LoadBalancer:edge', Arrivals: { Process: 'burst', Count: 2, AtSecond: 5 }, Request: { Body: 'x'.repeat(1024 * 1024 + 1) } }] : []
  return {
    Format: SCENARIO_FORMAT, Name: 'http property', Seed: 7, DurationSeconds: 90,
    Functions: [{
      FunctionName: 'fn', Timeout: 60, ...(s.reserved === null ? {} : { ReservedConcurrentExecutions: s.reserved }),
      Simulation: { DurationMs: { Distribution: 'exponential', Mean: s.meanMs }, ErrorRate: s.errorRate },
    }],
    Apis: [{ Name: 'shop', ProtocolType: s.protocol, Routes: [
      { RouteKey: 'GET /a', Target: 'fn', TimeoutInMillis: s.timeoutMs }, { RouteKey: 'ANY /a/{id}', Target: 'fn' }, { RouteKey: 'GET /b', Target: 'fn' },
    ] }],
    LoadBalancers: [{ Name: 'edge', TargetGroups: [{ Name: 'web', Target: 'fn', MultiValueHeadersEnabled: s.multiValue }], Rules: [{ PathPattern: '/a*', TargetGroup: 'web' }] }],
    Traffic: [...traffic('Api:shop'), ...traffic('LoadBalancer:edge'), ...big],
  }
}

const dropped = (a: ResourceAccounting): number => Object.values(a.Dropped).reduce((sum, n) => sum + n, 0)

function checkBalanced(sim: Simulation): void {
  for (const [key, a] of Object.entries(sim.eventAccounting())) {
    expect(a.Received, `${key} at ${sim.nowMs} ms: ${JSON.stringify(a)}`).toBe(a.Processed + a.DeadLettered + dropped(a) + a.Pending)
    expect(a.Pending).toBeGreaterThanOrEqual(0)
  }
  expect(unaccounted(sim.accounting())).toBe(0)
}

describe('HTTP accounting over random setups', () => {
  test('Received = Processed + Pending at every instant; responses by status = Processed; the ledger balances', () => {
    fc.assert(fc.property(setup, (s) => {
      const { sim } = startRun(scenarioOf(s))
      runStopping(sim, s.stops, () => checkBalanced(sim))
      const summary = sim.summary()
      const accounting = sim.eventAccounting()
      const answered = (codes: Record<string, number> | undefined): number => Object.values(codes ?? {}).reduce((sum, n) => sum + n, 0)
      expect(answered(summary.Apis?.shop?.StatusCodes)).toBe(accounting['Api:shop']?.Processed)
      expect(answered(summary.LoadBalancers?.edge?.StatusCodes)).toBe(accounting['LoadBalancer:edge']?.Processed)
      // API Gateway never waits beyond a route's integration timeout (30 s at most).
      expect(summary.Apis?.shop?.Latency.p99 ?? 0).toBeLessThanOrEqual(30_000 * 1.02)
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
