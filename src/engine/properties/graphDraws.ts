/**
 * The raw random draws behind a generated event-source graph (./buildGraph.ts maps them onto a
 * valid document): functions, queues, topics, a bucket, rules, an API, a load balancer, a Kinesis
 * stream and a table's stream, and bursts of traffic into them. Picks are plain numbers taken modulo
 * the choices the document has, so every draw maps to a valid graph and shrinks to a smaller one.
 */
import fc from 'fast-check'

const pick = fc.nat({ max: 1000 })
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { freq: 2 })

/** Where an async function's records go: the sink queue, the sink topic, the bucket (failures only) or the default bus. */
export const DESTINATION_KINDS = ['queue', 'topic', 'bucket', 'bus'] as const
export type DestinationKind = (typeof DESTINATION_KINDS)[number]

const functionDraw = fc.record({
  /** Async functions are invoked by services and destinations; sync ones by APIs, load balancers and mappings. */
  async: fc.boolean(),
  errorRate: fc.constantFrom(0, 0.3, 1),
  durationMs: fc.integer({ min: 1, max: 1500 }),
  timeoutSeconds: fc.integer({ min: 1, max: 5 }),
  reserved: maybe(fc.integer({ min: 0, max: 3 })),
  /** Batches: report the failing records (`batchItemFailures`) rather than throw. */
  reportsItems: fc.boolean(),
  retries: fc.integer({ min: 0, max: 2 }),
  maxAgeSeconds: fc.integer({ min: 60, max: 120 }),
  onSuccess: maybe(fc.constantFrom(...DESTINATION_KINDS)),
  onFailure: maybe(fc.constantFrom(...DESTINATION_KINDS)),
  deadLetter: maybe(fc.constantFrom('queue', 'topic')),
})
export type FunctionDraw = typeof functionDraw extends fc.Arbitrary<infer T> ? T : never

const sqsMappingDraw = fc.record({
  fn: pick,
  batchSize: fc.integer({ min: 1, max: 10 }),
  windowSeconds: fc.integer({ min: 0, max: 2 }),
  reportsItems: fc.boolean(),
})

const queueDraw = fc.record({
  visibilitySeconds: fc.integer({ min: 5, max: 30 }),
  maxReceiveCount: maybe(fc.integer({ min: 1, max: 3 })),
  mapping: maybe(sqsMappingDraw),
})

/** Bursts of `count` arrivals at `atSecond`; `which` varies what they carry (a key prefix, a payload). */
const burstsDraw = fc.array(fc.record({ which: pick, count: fc.integer({ min: 1, max: 40 }), atSecond: fc.integer({ min: 0, max: 20 }) }), { minLength: 1, maxLength: 3 })

const fifoDraw = fc.record({
  /** Its own traffic, so that message groups see failures and returns often enough. */
  traffic: burstsDraw,
  groups: fc.integer({ min: 1, max: 4 }),
  maxReceiveCount: maybe(fc.integer({ min: 1, max: 3 })),
  mapping: sqsMappingDraw,
})

/** A topic's subscriber: an async function or a standard queue. */
const subscriberDraw = fc.record({ queue: fc.boolean(), pick })
/** A bucket notification's or a rule's single target: an async function, a standard queue or a fan-out topic. */
const targetDraw = fc.record({ kind: fc.constantFrom('function', 'queue', 'topic'), pick })

const streamDraw = fc.record({
  /** Its own traffic, so that partition keys see failures and retries often enough. */
  traffic: burstsDraw,
  fn: pick,
  shards: fc.integer({ min: 1, max: 3 }),
  keys: fc.integer({ min: 1, max: 6 }),
  parallelization: fc.integer({ min: 1, max: 4 }),
  batchSize: fc.integer({ min: 1, max: 10 }),
  bisect: fc.boolean(),
  retries: fc.constantFrom(-1, 0, 1, 2),
  maxAgeSeconds: fc.constantFrom(-1, 60),
  reportsItems: fc.boolean(),
  onFailure: maybe(fc.constantFrom('queue', 'topic')),
})

/** A burst into source `source`, picked among the graph's entry points. */
const burstDraw = fc.record({ source: pick, which: pick, count: fc.integer({ min: 1, max: 40 }), atSecond: fc.integer({ min: 0, max: 20 }) })

export const graphDraw = fc.record({
  seed: fc.nat(),
  functions: fc.array(functionDraw, { minLength: 1, maxLength: 4 }),
  queues: fc.array(queueDraw, { minLength: 1, maxLength: 3 }),
  fifo: maybe(fifoDraw),
  /** The sink queue (destinations' and the sink topic's) may be read by a sync function. */
  sinkMapping: maybe(sqsMappingDraw),
  topics: fc.array(fc.array(subscriberDraw, { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
  bucket: maybe(fc.array(targetDraw, { minLength: 1, maxLength: 2 })),
  rules: fc.array(targetDraw, { maxLength: 2 }),
  api: maybe(pick),
  loadBalancer: maybe(pick),
  stream: maybe(streamDraw),
  table: maybe(streamDraw),
  traffic: fc.array(burstDraw, { minLength: 1, maxLength: 16 }),
  stops: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
})
export type GraphDraw = typeof graphDraw extends fc.Arbitrary<infer T> ? T : never
export type BurstDraw = GraphDraw['traffic'][number]
export type StreamDraw = NonNullable<GraphDraw['stream']>
export type SqsMappingDraw = NonNullable<GraphDraw['sinkMapping']>
export type TargetDraw = GraphDraw['rules'][number]

/**
 * What a handler sends after each invocation that succeeds in full: one message to a standard queue,
 * a fan-out topic or the bucket (under one of the traffic's key prefixes). `own` sends to a resource
 * that invokes the function, closing a loop; otherwise `kind` and `pick` choose among all.
 */
const sendDraw = fc.record({ own: fc.constantFrom(true, true, false), kind: fc.constantFrom('queue', 'topic', 'bucket'), pick })
export type SendDraw = typeof sendDraw extends fc.Arbitrary<infer T> ? T : never

/**
 * A function's part in the loops: it sends on after each success (and then never fails), or it
 * records each failure to the bucket (an async function that always fails, without retries), or
 * neither; `allow` opts it out of loop detection when it sends nothing on.
 */
const loopRoleDraw = fc.record({ role: fc.constantFrom('sends', 'sends', 'records', 'records', 'none'), send: sendDraw, allow: fc.boolean() })

/** Loops through the graph (./graphLoops.ts turns them into sends, a notification and opt-outs). */
export const loopsDraw = fc.record({
  /** Per function, by index. */
  functions: fc.array(loopRoleDraw, { minLength: 4, maxLength: 4 }),
  /**
   * A notification of Lambda's on-failure record keys, so that records sent to the bucket come back:
   * to a function that records, to a fan-out topic it is subscribed to, or to a queue.
   */
  failureRecords: fc.option(fc.record({ kind: fc.constantFrom('function', 'topic', 'topic', 'queue'), pick }), { freq: 5 }),
})
export type LoopsDraw = typeof loopsDraw extends fc.Arbitrary<infer T> ? T : never

/** A function drawn for the graph, fitted to its part in the loops so that a loop goes round 16 times. */
function fitted(fn: FunctionDraw, role: LoopsDraw['functions'][number] | undefined): FunctionDraw {
  const quick = Math.min(fn.durationMs, 900)
  if (role?.role === 'sends') return { ...fn, errorRate: 0, durationMs: quick }
  if (role?.role === 'records') return { ...fn, async: true, errorRate: 1, retries: 0, onFailure: 'bucket', durationMs: quick }
  return fn
}

/**
 * A graph with loops, which recursive loop detection stops [D-recursion] §8: without the FIFO queue
 * and the streams (no loop goes through them), and with less traffic, as every arrival may now go
 * round a loop 16 times.
 */
export const loopedGraphDraw = fc.record({ graph: graphDraw, loops: loopsDraw }).map(({ graph, loops }) => ({
  graph: {
    ...graph, fifo: null, stream: null, table: null,
    functions: graph.functions.map((fn, i) => fitted(fn, loops.functions[i])),
    traffic: graph.traffic.slice(0, 3).map((burst) => ({ ...burst, count: Math.min(burst.count, 3) })),
  },
  loops,
}))
