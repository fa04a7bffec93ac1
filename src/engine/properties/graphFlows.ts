/**
 * What each resource and async function of a generated graph must have received by the end of its
 * run, from what the senders upstream report (./buildGraph.ts lists the edges). An event that
 * crossed an edge is counted by its sender (a topic's publish, a rule's delivery, a queue's move to
 * its dead-letter queue, a function's finished or dropped async event) and received by exactly one
 * holder downstream, so a lost or duplicated event shows as a difference here.
 */
import type { ResourceAccounting, Simulation } from '../api.ts'
import type { Edge, GraphPlan, Holder } from './buildGraph.ts'

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

/** The flow along one edge: events its sender passed on, as a range. */
function flowOf(sim: Simulation, plan: GraphPlan, accounting: Record<string, ResourceAccounting>, edge: Edge): Expected {
  const exact = (n: number): Expected => ({ min: n, max: n })
  switch (edge.type) {
    case 'subscription':
      // No filter policies: every publish reaches every subscription.
      return exact(accounting[`Topic:${edge.topic}`]?.Received ?? 0)
    case 'notification':
      // Uploads under the configuration's prefix; Lambda's own objects (on-failure records) match no prefix.
      return exact(plan.uploads.get(edge.prefix) ?? 0)
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

/** Expected receipts by holder (`Kind:Name` or a function's name), for every holder the plan feeds. */
export function expectedReceipts(sim: Simulation, plan: GraphPlan): Map<string, Expected> {
  const accounting = sim.eventAccounting()
  const expected = new Map<string, Expected>()
  const add = (key: string, flow: Expected): void => {
    const sum = expected.get(key) ?? { min: 0, max: 0 }
    expected.set(key, { min: sum.min + flow.min, max: sum.max + flow.max })
  }
  for (const [key, count] of plan.traffic) add(key, { min: count, max: count })
  for (const edge of plan.edges) add(holderKey(edge.to), flowOf(sim, plan, accounting, edge))
  return expected
}

/** What a holder did receive: a resource's `Received`, an async function's AsyncEventsReceived. */
export function receipts(sim: Simulation, plan: GraphPlan, key: string): number {
  if (plan.asyncFunctions.includes(key)) return sim.summary().Functions[key]?.AsyncEventsReceived ?? 0
  return sim.eventAccounting()[key]?.Received ?? 0
}
