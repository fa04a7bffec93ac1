/**
 * The provisioned pollers of an SQS mapping on the bill of the function it invokes [P-pricing] §9:
 * pollers × seconds (whole, at least a minute each) / 3,600 × $0.00925 per Event Poller Unit-hour,
 * in the function's `CostUSD` and its `CostBreakdownUSD`, and in the mapping's summary.
 */
import { describe, expect, test } from 'vitest'
import type { RunSummary } from '../api.ts'
import { messages, queueScenario, worker } from '../behaviour/sqsRuns.ts'
import type { Action, Scenario, TimelineEntry, TrafficConfig } from '../scenario/types.ts'
import { mappingUuidOf } from '../sources/mappingIds.ts'
import { simulate } from '../testing/harness.ts'

const ORDERS = mappingUuidOf('orders', 'worker')
const EPU_HOUR_USD = 0.00925
const usdOf = (pollerSeconds: number): number => (pollerSeconds / 3600) * EPU_HOUR_USD
const at = (atSecond: number, changes: Omit<Extract<Action, { Action: 'UpdateEventSourceMapping' }>, 'Action' | 'UUID'>): TimelineEntry =>
  ({ AtSecond: atSecond, Do: { Action: 'UpdateEventSourceMapping', UUID: ORDERS, ...changes } })

/** `worker` (and `other`) modelled, the mapping in provisioned mode with 3 pollers kept ready, for 1,234 s. */
function provisioned(timeline: TimelineEntry[] = [], traffic: TrafficConfig[] = []): Scenario {
  return queueScenario({
    fn: worker({ Simulation: { DurationMs: { Distribution: 'constant', Value: 2000 } } }, false),
    mapping: { ProvisionedPollerConfig: { MinimumPollers: 3, MaximumPollers: 20 } },
    traffic,
    extra: {
      DurationSeconds: 1234, Timeline: timeline,
      Functions: [worker({ Simulation: { DurationMs: { Distribution: 'constant', Value: 2000 } } }, false), { FunctionName: 'other' }],
    },
  })
}

function summaryOf(scenario: Scenario): RunSummary {
  const { sim } = simulate(scenario)
  sim.runToEnd()
  return sim.summary()
}

describe('provisioned pollers on the function\'s bill [P-pricing]', () => {
  test('3 idle pollers for 1,234 s: 3 × 1,234 / 3,600 EPU-hours × $0.00925, in CostUSD and its breakdown', () => {
    const summary = summaryOf(provisioned())
    const expected = usdOf(3 * 1234)
    expect(summary.Functions.worker?.CostUSD).toBeCloseTo(expected, 8)
    expect(summary.Functions.worker?.CostBreakdownUSD).toEqual({
      Requests: 0, Duration: 0, ProvisionedConcurrency: 0, EphemeralStorage: 0, EventSourceMappingProvisionedPollers: Math.round(expected * 1e8) / 1e8,
    })
    expect(summary.Queues.orders?.EventSourceMappings?.[ORDERS]).toMatchObject({ EventPollerUnitHours: Math.round((3 * 1234 / 3600) * 1e6) / 1e6 })
    expect(summary.Queues.orders?.EventSourceMappings?.[ORDERS]?.EventPollerCostUSD).toBeCloseTo(expected, 8)
    // A function no provisioned mapping invokes keeps the contract's shape: no breakdown.
    expect(summary.Functions.other).not.toHaveProperty('CostBreakdownUSD')
  })

  test('disabled at 30.5 s, each poller is billed its minute; enabled at 100 s, the floor is billed again per second', () => {
    const summary = summaryOf(provisioned([at(30.5, { Enabled: false }), at(100, { Enabled: true })]))
    expect(summary.Functions.worker?.CostBreakdownUSD?.EventSourceMappingProvisionedPollers).toBeCloseTo(usdOf(3 * 60 + 3 * (1234 - 100)), 8)
  })

  test('a poller that ran 90.2 s is billed 91 s', () => {
    const summary = summaryOf(provisioned([at(90.2, { Enabled: false })]))
    expect(summary.Functions.worker?.CostUSD).toBeCloseTo(usdOf(3 * 91), 8)
  })

  test('when the mapping turns to another function, what was billed stays with the first', () => {
    const summary = summaryOf(provisioned([at(600, { FunctionName: 'other' })]))
    expect(summary.Functions.worker?.CostBreakdownUSD?.EventSourceMappingProvisionedPollers).toBeCloseTo(usdOf(3 * 600), 8)
    expect(summary.Functions.other?.CostBreakdownUSD?.EventSourceMappingProvisionedPollers).toBeCloseTo(usdOf(3 * 634), 8)
    expect(summary.Queues.orders?.EventSourceMappings?.[ORDERS]?.EventPollerCostUSD).toBeCloseTo(usdOf(3 * 1234), 8)
  })

  test('scaling up for a burst adds pollers to the bill; the breakdown adds up to CostUSD', () => {
    const idle = summaryOf(provisioned()).Functions.worker
    const busy = summaryOf(provisioned([], [messages(2000, 10)])).Functions.worker
    const parts = busy?.CostBreakdownUSD
    expect(parts?.EventSourceMappingProvisionedPollers).toBeGreaterThan(idle?.CostBreakdownUSD?.EventSourceMappingProvisionedPollers ?? Infinity)
    expect(parts?.Requests).toBeCloseTo((busy?.Invocations ?? 0) * 0.0000002, 10)
    const total = Object.values(parts ?? {}).reduce((sum, usd) => sum + usd, 0)
    expect(busy?.CostUSD).toBeCloseTo(total, 7)
  })
})
