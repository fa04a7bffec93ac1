/**
 * Builders for API Gateway and load balancer tests: one function behind one API or load balancer,
 * traffic as HTTP requests, and a fake handler that records the events it receives.
 */
import type { Simulation } from '../api.ts'
import type { ApiConfig, FunctionConfig, LoadBalancerConfig, Scenario, TrafficConfig, TrafficRequest } from '../scenario/types.ts'
import { createFakeRuntime, succeed, type FakeRuntime } from '../testing/fakeRuntime.ts'
import { scenarioOf, simulate } from '../testing/harness.ts'

/** `count` requests at `atSecond` to a resource target. */
export function requests(target: string, request: TrafficRequest, count = 1, atSecond = 0): TrafficConfig {
  return { Target: target, Arrivals: { Process: 'burst', Count: count, AtSecond: atSecond }, Request: request }
}

/** A modelled function `fn` (100 ms, no init) and the resources and traffic given. */
export function modelledBehind(resources: Partial<Scenario>, traffic: TrafficConfig[], fn: Partial<FunctionConfig> = {}, durationSeconds = 120): Scenario {
  return scenarioOf({
    DurationSeconds: durationSeconds,
    Functions: [{
      FunctionName: 'fn',
      ...fn,
      Simulation: { DurationMs: { Distribution: 'constant', Value: 100 }, InitDurationMs: { Distribution: 'constant', Value: 0 }, ...fn.Simulation },
    }],
    Traffic: traffic,
    ...resources,
  })
}

/** A function `fn` with code whose handler answers `respond(event)` after `delayMs`, recording every event. */
export function codeBehind(resources: Partial<Scenario>, traffic: TrafficConfig[], respond: (event: Record<string, unknown>) => unknown, delayMs = 10) {
  const events: Record<string, unknown>[] = []
  const runtime: FakeRuntime = createFakeRuntime({
    handler: ({ event, host, done }) => {
      events.push(event as Record<string, unknown>)
      host.setTimer(delayMs, () => done(succeed(respond(event as Record<string, unknown>))))
    },
  })
  const scenario = scenarioOf({
    DurationSeconds: 120,
    Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => null' } }],
    Traffic: traffic,
    ...resources,
  })
  const { sim } = simulate(scenario, { runtime })
  return { sim, events }
}

export const httpApi = (Routes: ApiConfig['Routes'], extra: Partial<ApiConfig> = {}): Partial<Scenario> =>
  ({ Apis: [{ Name: 'shop', ProtocolType: 'HTTP', Routes, ...extra }] })
export const restApi = (Routes: ApiConfig['Routes'], extra: Partial<ApiConfig> = {}): Partial<Scenario> =>
  ({ Apis: [{ Name: 'shop', ProtocolType: 'REST', Routes, ...extra }] })
export const loadBalancer = (config: Partial<LoadBalancerConfig> = {}, multiValueHeaders = false): Partial<Scenario> =>
  ({ LoadBalancers: [{ Name: 'edge', TargetGroups: [{ Name: 'web', Target: 'fn', MultiValueHeadersEnabled: multiValueHeaders }], DefaultTargetGroup: 'web', ...config }] })

/** The status codes the API answered so far, e.g. `{ "200": 3 }`. */
export const apiStatuses = (sim: Simulation, name = 'shop'): Record<string, number> => sim.summary().Apis?.[name]?.StatusCodes ?? {}
export const lbStatuses = (sim: Simulation, name = 'edge'): Record<string, number> => sim.summary().LoadBalancers?.[name]?.StatusCodes ?? {}

/** The sum of one metric over the run's 1-second buckets. */
export function metricTotal(sim: Simulation, kind: 'Api' | 'LoadBalancer', name: string, metric: string): number {
  return sim.resourceMetrics({ kind, name, resolution: 'second' }).reduce((sum, point) => sum + (point.values[metric] ?? 0), 0)
}
