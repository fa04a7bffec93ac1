/**
 * What each resource and async function of a generated graph must have received by the end of its
 * run, from what the senders upstream report (./buildGraph.ts lists the edges). An event that
 * crossed an edge is counted by its sender (a topic's publish, a rule's delivery, a queue's move to
 * its dead-letter queue, a function's finished or dropped async event, a handler's send) and
 * received by exactly one holder downstream, so a lost or duplicated event shows as a difference here.
 *
 * In a graph with loops (./graphLoops.ts), what a stopped chain sends on is refused by every
 * function it reaches [D-recursion] §8: such an event crosses its edge but is never received. Its
 * senders count it: a topic as a failed notification (every Lambda subscription refuses each such
 * message, and nothing else fails there), the bucket as dropped for `RecursiveLoop`.
 */
import type { ResourceAccounting, RunSummary, Simulation } from '../api.ts'
import { BUCKET, type Edge, type GraphPlan, type Holder } from './buildGraph.ts'
import { FAILURE_RECORD_PREFIX } from './graphLoops.ts'
import { codeEdgeKey, type CountedSends } from './graphSends.ts'

/** What a holder must have received: exactly `min` when `min === max`; a range where stream failure records batch several records. */
export interface Expected {
  min: number
  max: number
}

const holderKey = (holder: Holder): string => (holder.kind === 'function' ? holder.name : holder.key)

/** Async events that ended: done (delivered to OnSuccess) or dropped (to OnFailure and the dead-letter queue). */
function asyncOutcomes(sim: Simulation, fn: string): { succeeded: number; dropped: number } {
  const summary = sim.summary().Functions[fn]
  const view = sim.snapshot().functions.find((f) => f.functionName === fn)
  const received = summary?.AsyncEventsReceived ?? 0
  const dropped = summary?.AsyncEventsDropped ?? 0
  // An async function runs nothing but async attempts, so what it runs now is still in Lambda's hands.
  const waiting = (view?.asyncQueueDepth ?? 0) + (view?.inFlight ?? 0)
  return { succeeded: received - dropped - waiting, dropped }
}

const NO_SENDS: CountedSends = { byEdge: new Map(), byPrefix: new Map() }

/** Of the events along `edge` to a function, those Lambda refused because their chain was stopped. */
export function refusedAlong(summary: RunSummary, plan: GraphPlan, accounting: Record<string, ResourceAccounting>, edge: Edge): number {
  if (edge.to.kind !== 'function') return 0
  if (edge.type === 'subscription') {
    const lambdaSubscriptions = plan.edges.filter((e) => e.type === 'subscription' && e.topic === edge.topic && e.to.kind === 'function').length
    return (summary.Topics?.[edge.topic]?.NotificationsFailed ?? 0) / lambdaSubscriptions
  }
  // Only Lambda's failure records can come to the bucket on a stopped chain.
  if (edge.type === 'notification' && edge.prefix === FAILURE_RECORD_PREFIX) return accounting[`Bucket:${BUCKET}`]?.Dropped.RecursiveLoop ?? 0
  return 0
}

/** The flow along one edge: events its sender passed on, as a range. */
function flowOf(sim: Simulation, plan: GraphPlan, accounting: Record<string, ResourceAccounting>, edge: Edge, sends: CountedSends): Expected {
  const exact = (n: number): Expected => ({ min: n, max: n })
  switch (edge.type) {
    case 'subscription':
      // No filter policies: every publish reaches every subscription.
      return exact(accounting[`Topic:${edge.topic}`]?.Received ?? 0)
    case 'notification': {
      // Objects under the configuration's prefix: uploads and handlers' puts, or Lambda's on-failure records.
      if (edge.prefix !== FAILURE_RECORD_PREFIX) return exact((plan.uploads.get(edge.prefix) ?? 0) + (sends.byPrefix.get(edge.prefix) ?? 0))
      const toBucket = plan.edges.filter((e) => e.type === 'destination' && holderKey(e.to) === `Bucket:${BUCKET}`)
      return exact(toBucket.reduce((sum, e) => sum + flowOf(sim, plan, accounting, e, sends).min, 0))
    }
    case 'code':
      return exact(sends.byEdge.get(codeEdgeKey(edge.fn, holderKey(edge.to))) ?? 0)
    case 'rule':
      // One target per rule: an event the rule processed is one the target got.
      return exact(accounting[`Rule:${edge.rule}`]?.Processed ?? 0)
    case 'redrive':
      return exact(accounting[`Queue:${edge.from}`]?.DeadLettered ?? 0)
    case 'destination': {
      const outcomes = asyncOutcomes(sim, edge.fn)
      return exact(edge.on === 'success' ? outcomes.succeeded : outcomes.dropped)
    }
    case 'stream-failure': {
      // One failure record per batch given up: at least one message, at most one per record.
      const records = accounting[edge.source]?.DeadLettered ?? 0
      return { min: Math.min(1, records), max: records }
    }
  }
}

/**
 * Expected receipts by holder (`Kind:Name` or a function's name), for every holder the plan feeds,
 * given what the handlers sent (none without loops).
 */
export function expectedReceipts(sim: Simulation, plan: GraphPlan, sends: CountedSends = NO_SENDS): Map<string, Expected> {
  const accounting = sim.eventAccounting()
  const summary = sim.summary()
  const expected = new Map<string, Expected>()
  const add = (key: string, flow: Expected): void => {
    const sum = expected.get(key) ?? { min: 0, max: 0 }
    expected.set(key, { min: sum.min + flow.min, max: sum.max + flow.max })
  }
  for (const [key, count] of plan.traffic) add(key, { min: count, max: count })
  for (const edge of plan.edges) {
    const flow = flowOf(sim, plan, accounting, edge, sends)
    const refused = refusedAlong(summary, plan, accounting, edge)
    add(holderKey(edge.to), { min: flow.min - refused, max: flow.max - refused })
  }
  return expected
}

/** What a holder did receive: a resource's `Received`, an async function's AsyncEventsReceived. */
export function receipts(sim: Simulation, plan: GraphPlan, key: string): number {
  if (plan.asyncFunctions.includes(key)) return sim.summary().Functions[key]?.AsyncEventsReceived ?? 0
  return sim.eventAccounting()[key]?.Received ?? 0
}
