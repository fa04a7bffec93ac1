/**
 * The library scenarios of the newer engine features (scenarios/mapping-updates.json,
 * sqs-provisioned-mode.json, eventbridge-dead-letter.json, s3-move-and-delete.json: event source
 * mapping changes, SQS provisioned mode, EventBridge dead-letter queues, S3 deletes from handler
 * code): each validates, runs, and tells the story its Description and lesson promise.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { openSimulation } from '../../host/openSimulation.ts'
import type { Simulation } from '../api.ts'
import { EVENT_POLLER_UNIT_USD_PER_HOUR } from '../cost/prices.ts'
import { formatScenarioErrors } from '../scenario/errors.ts'
import { parseScenario } from '../scenario/load.ts'

const SCENARIOS = new URL('../../../scenarios/', import.meta.url)

async function run(name: string): Promise<Simulation> {
  const parsed = parseScenario(readFileSync(new URL(`${name}.json`, SCENARIOS), 'utf8'))
  if (!parsed.ok) throw new Error(`${name} does not validate:\n${formatScenarioErrors(parsed.errors)}`)
  const sim = await openSimulation(parsed.scenario)
  sim.runToEnd()
  return sim
}

/** The second at which a mapping's ConcurrencyLimit first reaches `limit`. */
function secondReaching(sim: Simulation, uuid: string, limit: number): number {
  return sim.resourceMetrics({ kind: 'EventSourceMapping', name: uuid, resolution: 'second' }).findIndex((p) => (p.values.ConcurrencyLimit ?? 0) >= limit)
}

describe('the feature scenarios of scenarios/', () => {
  test('sqs-provisioned-mode: provisioned pollers reach 500 concurrency about 70 s before standard scaling does [D-sqs-scale], billed 2.18 EPU-hours [P-pricing]', async () => {
    const sim = await run('sqs-provisioned-mode')
    const [standard, provisioned] = (sim.snapshot().queues ?? []).map((q) => q.mappings[0]?.uuid ?? '')
    expect(secondReaching(sim, provisioned ?? '', 500) - 60).toBeLessThan(30)
    expect(secondReaching(sim, standard ?? '', 500) - 60).toBeGreaterThan(95)
    const summary = sim.summary()
    const mapping = summary.Queues['provisioned-orders']?.EventSourceMappings?.[provisioned ?? '']
    expect(mapping?.ProvisionedPollers).toEqual({ Current: 5, Maximum: 50 })
    // The lesson and its cheaper-pollers challenge (ORIGINAL_EPU_HOURS) quote it: 5 pollers all 600 s (0.83 h) and the burst's.
    expect(mapping?.EventPollerUnitHours).toBeCloseTo(2.183333, 6)
    expect(mapping?.EventPollerCostUSD).toBeCloseTo((mapping?.EventPollerUnitHours ?? 0) * EVENT_POLLER_UNIT_USD_PER_HOUR, 6)
    expect(summary.Functions['provisioned-worker']?.CostBreakdownUSD?.EventSourceMappingProvisionedPollers).toBe(mapping?.EventPollerCostUSD)
    expect(summary.Functions['standard-worker']?.CostBreakdownUSD).toBeUndefined()
  })

  test('mapping-updates: the paused queue is drained after 120 s, and the blocked shard moves on after 150 s', async () => {
    const sim = await run('mapping-updates')
    const summary = sim.summary()
    expect(summary.Queues.orders).toMatchObject({ MessagesReceived: 1000, MessagesDeleted: 1000 })
    expect(summary.Queues['poison-clicks']?.MessagesReceived).toBe(1)
    const orders = sim.resourceMetrics({ kind: 'Queue', name: 'orders', resolution: 'second' })
    expect(orders[119]?.values.ApproximateNumberOfMessagesVisible).toBeGreaterThan(250)
    expect(sim.eventAccounting()['Stream:clicks']).toMatchObject({ DeadLettered: 3, Pending: 0 })
  })

  test('eventbridge-dead-letter: the missing alias dead-letters twice; the failing function is Lambda\'s to retry', async () => {
    const sim = await run('eventbridge-dead-letter')
    const summary = sim.summary()
    expect(summary.Rules?.['report-every-minute']).toMatchObject({ InvocationsSentToDLQ: 2, FailedInvocations: 2 })
    expect(summary.Rules?.orders).toMatchObject({ FailedInvocations: 0, InvocationsSentToDLQ: 0 })
    expect(summary.Queues['report-dlq']?.MessagesReceived).toBe(2)
    expect(summary.Queues['orders-dlq']?.MessagesReceived).toBe(0)
    expect(summary.Queues['billing-failures']?.MessagesReceived).toBeGreaterThan(0)
  })

  test('s3-move-and-delete: every upload is deleted by its handler and audited once [G-s3]', async () => {
    const sim = await run('s3-move-and-delete')
    const summary = sim.summary()
    expect(summary.Functions.processor?.Invocations).toBe(100)
    expect(summary.Functions.auditor?.Invocations).toBe(100)
    expect(summary.Functions.processor?.Errors).toBe(0)
    expect(summary.Buckets?.uploads).toEqual({ ObjectEvents: 300, NotificationsSent: 200, FilteredOut: 100 })
  })
})
