/**
 * Conservation across event sources (issue #4): random graphs of functions, an API, a load
 * balancer, a bucket, topics, rules, standard and FIFO queues with mappings and redrive, a Kinesis
 * stream and a table's stream, fed by bursts of traffic (./buildGraph.ts). Every event is
 * accounted for exactly once:
 * - at every instant, each resource's Received = Processed + DeadLettered + Dropped (by reason) +
 *   Pending, none negative, and the request ledger balances;
 * - at the end, what every resource and async function received is what its senders upstream passed
 *   on along the graph's edges (./graphFlows.ts), so nothing is lost or duplicated between sources;
 * - FIFO message groups are processed in order, and so are records of one partition key, whatever the
 *   ParallelizationFactor (./graphRuntime.ts).
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ResourceAccounting, Simulation } from '../api.ts'
import { createSimulation } from '../simulation.ts'
import { buildGraph, type GraphPlan } from './buildGraph.ts'
import { expectedReceipts, receipts } from './graphFlows.ts'
import { graphDraw } from './graphDraws.ts'
import { graphRuntime, type Behaviour } from './graphRuntime.ts'
import { expectValid, propertyRuns, propertyTimeoutMs, runStopping, unaccounted } from './run.ts'

const RUNS = propertyRuns(100)
const TIMEOUT_MS = propertyTimeoutMs(RUNS)

const droppedSum = (a: ResourceAccounting): number => Object.values(a.Dropped).reduce((sum, n) => sum + n, 0)

/** Each resource's accounting adds up, and the request ledger balances, now. */
function balanceProblems(sim: Simulation): string[] {
  const problems: string[] = []
  for (const [key, a] of Object.entries(sim.eventAccounting())) {
    const parts = [a.Processed, a.DeadLettered, a.Pending, ...Object.values(a.Dropped)]
    if (a.Received !== a.Processed + a.DeadLettered + droppedSum(a) + a.Pending || parts.some((n) => n < 0)) {
      problems.push(`${key} at ${sim.nowMs} ms: ${JSON.stringify(a)}`)
    }
  }
  const ledger = sim.accounting()
  if (unaccounted(ledger) !== 0) problems.push(`request ledger at ${sim.nowMs} ms: ${JSON.stringify(ledger)}`)
  return problems
}

/** Holders whose receipts differ from what their senders passed on. */
function flowProblems(sim: Simulation, plan: GraphPlan): string[] {
  const problems: string[] = []
  for (const [key, expected] of expectedReceipts(sim, plan)) {
    const got = receipts(sim, plan, key)
    if (got < expected.min || got > expected.max) problems.push(`${key} received ${got}, expected ${expected.min === expected.max ? expected.min : `${expected.min}–${expected.max}`}`)
  }
  // Every event on the bus is offered to every rule, matched or filtered out.
  const accounting = sim.eventAccounting()
  const busEvents = accounting['EventBus:default']?.Received ?? 0
  for (const [key, a] of Object.entries(accounting)) {
    if (key.startsWith('Rule:') && a.Received !== busEvents) problems.push(`${key} received ${a.Received} of the bus's ${busEvents} events`)
  }
  return problems
}

describe('conservation across event sources', () => {
  test('every event is processed, dead-lettered, dropped with a reason or pending, once, and FIFO groups and partition keys keep their order', () => {
    fc.assert(fc.property(graphDraw, (draw) => {
      const { scenario, plan } = buildGraph(draw)
      expectValid(scenario)
      const behaviours = new Map(draw.functions.map((f, i): [string, Behaviour] => [
        `f${i}`, { errorRate: f.errorRate, durationMs: f.durationMs, reportsItems: f.reportsItems },
      ]))
      const { runtime, problems: orderProblems } = graphRuntime(behaviours, plan.reportingSources)
      const sim = createSimulation(scenario, { runtime })
      const problems: string[] = []
      runStopping(sim, draw.stops, () => problems.push(...balanceProblems(sim)))
      problems.push(...flowProblems(sim, plan))
      sim.dispose()
      expect(problems).toEqual([])
      expect(orderProblems.slice(0, 3)).toEqual([])
    }), { numRuns: RUNS })
  }, TIMEOUT_MS)
})
