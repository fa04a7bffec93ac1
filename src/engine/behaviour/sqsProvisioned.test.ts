/**
 * SQS provisioned mode [D-sqs-scale], [D-sqs-cfg], [B-sqs-provisioned] §3.3: `MinimumPollers` event
 * pollers (default 2) are kept ready, each running up to 10 concurrent invokes; while messages wait
 * the mapping adds up to 1,000 concurrency (100 pollers) a minute, up to `MaximumPollers` (default
 * 200) and never past 20,000; pollers are billed per Event Poller Unit-hour, one per poller, $0.00925 [P-pricing] §9.
 */
import { describe, expect, test } from 'vitest'
import type { Simulation } from '../api.ts'
import { EVENT_POLLER_UNIT_USD_PER_HOUR } from '../cost/prices.ts'
import { SQS_MAXIMUM_POLLERS_DEFAULT, SQS_MINIMUM_POLLERS_DEFAULT, SQS_POLLER_CONCURRENT_INVOKES, SQS_PROVISIONED_SCALE_UP_PER_MINUTE } from '../facts.ts'
import { simulate } from '../testing/harness.ts'
import { messages, queueScenario, worker } from './sqsRuns.ts'

const slowWorker = (seconds: number) => worker({ Timeout: 900, Simulation: { DurationMs: { Distribution: 'constant', Value: seconds * 1000 } } }, false)

function levels(sim: Simulation): { running: number[]; limit: number[]; pollers: number[] } {
  const uuid = sim.snapshot().queues?.[0]?.mappings[0]?.uuid ?? ''
  const points = sim.resourceMetrics({ kind: 'EventSourceMapping', name: uuid, resolution: 'second' })
  return {
    running: points.map((p) => p.values.ConcurrentInvocations ?? 0),
    limit: points.map((p) => p.values.ConcurrencyLimit ?? 0),
    pollers: points.map((p) => p.values.ProvisionedPollers ?? 0),
  }
}

describe('provisioned mode [D-sqs-scale]', () => {
  test(`starts with MinimumPollers (default ${SQS_MINIMUM_POLLERS_DEFAULT}) × ${SQS_POLLER_CONCURRENT_INVOKES} invokes and adds ${SQS_PROVISIONED_SCALE_UP_PER_MINUTE} concurrency a minute`, () => {
    const scenario = queueScenario({
      fn: slowWorker(850), queue: { VisibilityTimeout: 900 }, mapping: { ProvisionedPollerConfig: {} }, traffic: [messages(25_000)],
      extra: { Account: { ConcurrentExecutions: 3000 }, DurationSeconds: 200 },
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    const { running, pollers } = levels(sim)
    expect(running[0]).toBe(SQS_MINIMUM_POLLERS_DEFAULT * SQS_POLLER_CONCURRENT_INVOKES)
    expect(pollers[0]).toBe(SQS_MINIMUM_POLLERS_DEFAULT)
    // Exactly 100 pollers a minute: 1,000 more concurrent invokes after 60 s, 150 more pollers after 90 s.
    expect(running[60]).toBe(SQS_MINIMUM_POLLERS_DEFAULT * SQS_POLLER_CONCURRENT_INVOKES + SQS_PROVISIONED_SCALE_UP_PER_MINUTE)
    expect(pollers[90]).toBe(SQS_MINIMUM_POLLERS_DEFAULT + 150)
    // The default MaximumPollers (200) stops it at 2,000 concurrent invokes.
    expect(Math.max(...running)).toBe(SQS_MAXIMUM_POLLERS_DEFAULT * SQS_POLLER_CONCURRENT_INVOKES)
    expect(sim.summary().Queues.orders?.MaximumConcurrentInvocations).toBe(2000)
  })

  test('scales three times faster than standard mode (+300 a minute) and keeps MinimumPollers warm when idle', () => {
    const scenario = (mapping: object) => queueScenario({
      fn: slowWorker(100), queue: { VisibilityTimeout: 900 }, mapping, traffic: [messages(20_000)], extra: { DurationSeconds: 900 },
    })
    const provisioned = simulate(scenario({ ProvisionedPollerConfig: { MinimumPollers: 3, MaximumPollers: 50 } })).sim
    const standard = simulate(scenario({})).sim
    provisioned.runToEnd()
    standard.runToEnd()
    const p = levels(provisioned)
    const s = levels(standard)
    expect(p.limit[30]).toBeGreaterThan(2 * (s.limit[30] ?? 0))
    expect(Math.max(...p.pollers)).toBe(50)
    // Idle at the end: back to MinimumPollers, not to standard mode's 5 invokes.
    expect(p.pollers[p.pollers.length - 1]).toBe(3)
    expect(p.limit[p.limit.length - 1]).toBe(30)
    expect(provisioned.snapshot().queues?.[0]?.mappings[0]?.provisionedPollers).toBe(3)
    expect(standard.snapshot().queues?.[0]?.mappings[0]?.provisionedPollers).toBeUndefined()
    expect(provisioned.eventAccounting()['Queue:orders']).toMatchObject({ Received: 20_000, Processed: 20_000, Pending: 0 })
  })

  test(`pollers are billed per Event Poller Unit-hour at $${EVENT_POLLER_UNIT_USD_PER_HOUR} [P-pricing]`, () => {
    const scenario = queueScenario({
      fn: slowWorker(1), queue: { VisibilityTimeout: 900 }, mapping: { ProvisionedPollerConfig: { MinimumPollers: 4 } }, traffic: [], extra: { DurationSeconds: 1800 },
    })
    const { sim } = simulate(scenario)
    sim.runToEnd()
    const mapping = Object.values(sim.summary().Queues.orders?.EventSourceMappings ?? {})[0]
    // Four idle pollers for half an hour: 2 poller-hours.
    expect(mapping).toMatchObject({ State: 'Enabled', ProvisionedPollers: { Current: 4, Maximum: 4 }, EventPollerUnitHours: 2 })
    expect(mapping?.EventPollerCostUSD).toBeCloseTo(2 * EVENT_POLLER_UNIT_USD_PER_HOUR, 10)
  })
})
