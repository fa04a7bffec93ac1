import { describe, expect, test } from 'vitest'
import type { FunctionSummary, QueueView, RunSummary, Snapshot } from '../../../engine/api.ts'
import { documentGraph } from '../model/documentGraph.ts'
import { everythingDocument, smallDocument } from '../model/graphFixtures.ts'
import { createEdgeActivity } from './edgeActivity.ts'
import { buildLiveIndex, qualifierLive, resourceLive } from './liveIndex.ts'
import type { LiveInputs } from './liveTypes.ts'
import { trafficActiveAt } from './trafficActivity.ts'

function snapshot(nowMs: number, functions: Snapshot['functions'] = []): Snapshot {
  return { nowMs, durationMs: 600_000, done: false, accountInFlight: 0, unreservedInFlight: 0, functions, environments: [] }
}

const view = (functionName: string, over: Partial<Snapshot['functions'][number]> = {}): Snapshot['functions'][number] => ({
  functionName, reservedConcurrency: null, inFlight: 0, environments: { initializing: 0, busy: 0, idle: 0, provisioned: 0 }, provisioned: [], asyncQueueDepth: 0, ...over,
})

function summary(functions: Record<string, Partial<FunctionSummary>>, queues: Record<string, number> = {}): RunSummary {
  return {
    Seed: 1, DurationSeconds: 60,
    Functions: Object.fromEntries(Object.entries(functions).map(([k, v]) => [k, { Invocations: 0, Throttles: 0, AsyncEventsReceived: 0, ExecutedVersions: {}, ...v } as FunctionSummary])),
    Queues: Object.fromEntries(Object.entries(queues).map(([k, v]) => [k, { MessagesReceived: v } as RunSummary['Queues'][string]])),
  }
}

/** A queue with one mapping to `fn` whose invokes in flight equal the queue's. */
function queueView(name: string, counts: { visible: number; inFlight: number; received: number }, fn: string): QueueView {
  return {
    name, fifo: false, delayed: 0, oldestAgeMs: 0, deleted: 0, movedToDeadLetterQueue: 0, dropped: {}, deadLetterQueue: null, ...counts,
    mappings: [{ uuid: 'm-1', functionName: fn, enabled: true, inFlight: counts.inFlight, concurrencyLimit: 5, batchSize: 10 }],
  }
}

const live = (over: Partial<LiveInputs>): LiveInputs => ({ snapshot: snapshot(1000), summary: null, resources: null, playing: true, ...over })

describe('node live state', () => {
  test("a function's concurrency is drawn against its reserved concurrency, else the unreserved pool [D-reserved] [D-concurrency]", () => {
    const doc = smallDocument({ Account: { ConcurrentExecutions: 2000 } })
    const index = buildLiveIndex(doc, live({ snapshot: snapshot(0, [view('orders', { inFlight: 7, reservedConcurrency: 10 }), view('audit', { inFlight: 3 })]) }))
    expect(index.functions.get('orders')).toMatchObject({ inFlight: 7, limit: 10, limitKind: 'reserved' })
    expect(index.functions.get('audit')).toMatchObject({ inFlight: 3, limit: 1990, limitKind: 'unreserved' })
  })

  test('without an Account the unreserved pool starts from the default limit of 1,000 [D-concurrency]', () => {
    const index = buildLiveIndex(smallDocument(), live({ snapshot: snapshot(0, [view('orders', { reservedConcurrency: 100 }), view('audit')]) }))
    expect(index.functions.get('audit')?.limit).toBe(900)
  })

  test('throttles come from the summary; provisioned concurrency per qualifier from the snapshot', () => {
    const snap = snapshot(0, [view('orders', { provisioned: [{ qualifier: 'live', version: '1', requested: 30, allocated: 12, status: 'IN_PROGRESS' }] })])
    const index = buildLiveIndex(smallDocument(), live({ snapshot: snap, summary: summary({ orders: { Throttles: 4 } }) }))
    expect(index.functions.get('orders')).toMatchObject({ throttles: 4, provisionedRequested: 30, provisionedAllocated: 12 })
    expect(qualifierLive(index, 'alias:orders:live')).toEqual({ requested: 30, allocated: 12, status: 'IN_PROGRESS' })
    expect(qualifierLive(index, 'version:orders:1').status).toBe('NONE')
  })

  test("a queue's depth is ApproximateNumberOfMessagesVisible; other resources come from the engine's accounting", () => {
    const queue = queueView('jobs', { visible: 12, inFlight: 3, received: 40 }, 'orders')
    const resources = { 'Topic:events': { Received: 9, Processed: 5, DeadLettered: 0, Dropped: {}, Pending: 4 } }
    const index = buildLiveIndex(smallDocument(), live({ snapshot: { ...snapshot(0), queues: [queue] }, resources }))
    expect(resourceLive(index, 'queue:jobs')).toEqual({ waiting: 12, inFlight: 3, received: 40, blocked: null })
    expect(resourceLive(index, 'topic:events')).toEqual({ waiting: 4, inFlight: null, received: 9, blocked: null })
    expect(index.busyMappings.has('queue:jobs→orders')).toBe(true)
  })
})

describe('edge activity', () => {
  test('traffic edges are active inside their window while the rate is above zero', () => {
    const traffic = { Target: 'orders', StartSecond: 10, EndSecond: 20, Arrivals: { Process: 'constant' as const, RatePerSecond: 1 } }
    expect([9_999, 10_000, 19_999, 20_000].map((ms) => trafficActiveAt(traffic, ms, 60))).toEqual([false, true, true, false])
    expect(trafficActiveAt({ ...traffic, Arrivals: { Process: 'burst', Count: 5, AtSecond: 15 } }, 15_500, 60)).toBe(true)
    expect(trafficActiveAt({ ...traffic, Arrivals: { Process: 'burst', Count: 5, AtSecond: 15 } }, 17_000, 60)).toBe(false)
  })

  test("an alias's edge to a version animates while that version's executions rise", () => {
    const doc = everythingDocument()
    const { edges } = documentGraph(doc)
    const activity = createEdgeActivity()
    const at = (nowMs: number, v1: number, v2: number) => {
      const inputs = live({ snapshot: snapshot(nowMs), summary: summary({ checkout: { ExecutedVersions: { '1': v1, '2': v2 } } }) })
      return activity({ doc, edges, live: inputs, index: buildLiveIndex(doc, inputs) })
    }
    at(1000, 10, 0)
    const active = at(2000, 20, 0)
    expect(active.has('edge:Functions[0].Aliases[0].FunctionVersion')).toBe(true)
    expect(active.has('edge:Functions[0].Aliases[0].RoutingConfig.AdditionalVersionWeights["2"]')).toBe(false)
  })

  test('nothing animates while paused', () => {
    const doc = everythingDocument()
    const inputs = live({ playing: false })
    expect(createEdgeActivity()({ doc, edges: documentGraph(doc).edges, live: inputs, index: buildLiveIndex(doc, inputs) }).size).toBe(0)
  })

  test("a queue's mapping edge animates while the snapshot shows its invokes running", () => {
    const doc = everythingDocument()
    const queue = queueView('work', { visible: 1, inFlight: 1, received: 1 }, 'audit')
    const inputs = live({ snapshot: { ...snapshot(1000), queues: [queue] } })
    const active = createEdgeActivity()({ doc, edges: documentGraph(doc).edges, live: inputs, index: buildLiveIndex(doc, inputs) })
    expect(active.has('edge:EventSourceMappings[0]')).toBe(true)
  })
})
