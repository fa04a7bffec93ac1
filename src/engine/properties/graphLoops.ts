/**
 * Loops in a generated graph (./buildGraph.ts), so that recursive loop detection steps in
 * [D-recursion] §8: handlers that send one message on after each full success (to a queue, a topic
 * or the bucket, often one that invokes them), and a bucket notification of Lambda's on-failure
 * record keys, through which failure records come back. Every chain through them carries its depth,
 * so each is stopped at its 17th invocation, and what the stopped events' records then reach runs
 * on a stopped chain.
 *
 * A loop must grow no wider as it goes round, or 16 rounds would be millions of invocations: one
 * message into any place a loop sends to may invoke at most one function that sends on (a
 * "spawner", each of whose events ends in at most one message sent on: its handler's send after a
 * success, or its failure record). Sends that would break this are left out, and only functions
 * that send nothing on may opt out of loop detection (`RecursiveLoop: Allow`), so no loop runs
 * unstopped.
 */
import type { EventSourceMappingConfig, FunctionConfig, QueueConfig, TopicConfig } from '../scenario/types.ts'
import type { Edge, Holder } from './buildGraph.ts'
import type { LoopsDraw, SendDraw, TargetDraw } from './graphDraws.ts'
import { at, KEY_PREFIXES } from './graphTraffic.ts'

/** Lambda's S3 on-failure records are stored under this prefix [D-async-rec] (delivery/objectKeys.ts). */
export const FAILURE_RECORD_PREFIX = 'aws/lambda/async/'

/** Where a handler sends: a queue, a topic, or the bucket under a key prefix. */
export type LoopSend = { readonly kind: 'queue' | 'topic'; readonly name: string } | { readonly kind: 'bucket'; readonly prefix: string }

/** A bucket notification configuration: its key prefix and where it sends. */
export interface Notification {
  readonly kind: TargetDraw['kind']
  readonly arn: string
  readonly prefix: string
  readonly holder: Holder
}

/** What a loop can go through: the graph as ./buildGraph.ts has built it so far (loops add topics' subscriptions, `notifications` and `edges`). */
export interface LoopGraph {
  readonly functions: readonly FunctionConfig[]
  readonly asyncFunctions: readonly string[]
  readonly queues: readonly QueueConfig[]
  readonly topics: readonly TopicConfig[]
  readonly mappings: readonly EventSourceMappingConfig[]
  readonly notifications: Notification[]
  readonly edges: Edge[]
  /** The sink queue, whose messages (destinations' records) may each be one more message on. */
  readonly sinkQueue: string
  readonly bucket: string
  target(draw: TargetDraw): { holder: Holder; arn: string } | null
}

export interface Loops {
  /** What each sending function's handler sends on success. */
  readonly sends: ReadonlyMap<string, LoopSend>
  /** Functions whose on-failure records come back through the bucket's notification. */
  readonly recorders: readonly string[]
  /** Entry points (as ./graphTraffic.ts names them) that start each loop: an async function's Event invokes, a queue its sender reads. */
  readonly starts: readonly string[]
}

type Place = Holder | { readonly kind: 'prefix'; readonly prefix: string }

/** The graph's own standard queues and fan-out topics, which loops go through (not the sinks, the dead-letter queues or the FIFO queue). */
const LOOP_QUEUE = /^q\d+$/
const LOOP_TOPIC = /^t\d+$/

const nameOf = (key: string): string => key.slice(key.indexOf(':') + 1)
const resourceOf = (send: LoopSend & { kind: 'queue' | 'topic' }): Holder => ({ kind: 'resource', key: `${send.kind === 'queue' ? 'Queue' : 'Topic'}:${send.name}` })
const placeOf = (send: LoopSend): Place => (send.kind === 'bucket' ? { kind: 'prefix', prefix: send.prefix } : resourceOf(send))

class LoopBuilder {
  private readonly spawners: string[] = []
  private readonly outputs: Place[] = []

  constructor(private readonly graph: LoopGraph) {}

  /** The functions one message into `place` invokes, once each time it reaches them. */
  receivers(place: Place): string[] {
    const { graph } = this
    if (place.kind === 'function') return [place.name]
    if (place.kind === 'prefix') {
      const notification = graph.notifications.find((n) => n.prefix === place.prefix)
      return notification === undefined ? [] : this.receivers(notification.holder)
    }
    const name = nameOf(place.key)
    if (place.key.startsWith('Queue:')) return graph.mappings.filter((m) => m.EventSourceArn === name).map((m) => m.FunctionName)
    const topic = graph.topics.find((t) => t.TopicName === name)
    // An sqs subscription's endpoint is the queue's ARN, whose last part is its name.
    return (topic?.Subscriptions ?? []).flatMap((s) => (s.Protocol === 'lambda' ? [s.Endpoint] : this.receivers({ kind: 'resource', key: `Queue:${s.Endpoint.slice(s.Endpoint.lastIndexOf(':') + 1)}` })))
  }

  /** Whether `fn` may send on to `place` without a loop growing wider. */
  tryAdd(fn: string, place: Place): boolean {
    this.spawners.push(fn)
    this.outputs.push(place)
    const narrow = this.outputs.every((p) => this.receivers(p).filter((f) => this.spawners.includes(f)).length <= 1)
    if (!narrow) {
      this.spawners.pop()
      this.outputs.pop()
    }
    return narrow
  }

  /**
   * Where `fn`'s send goes: among the places that invoke it when `own` (an async function invoked by
   * none is subscribed to a fan-out topic first), else any of its kind; null when there is none.
   */
  sendOf(fn: string, draw: SendDraw): LoopSend | null {
    const standard = this.graph.queues.filter((q) => LOOP_QUEUE.test(q.QueueName)).map((q): LoopSend => ({ kind: 'queue', name: q.QueueName }))
    const fanOut = this.graph.topics.filter((t) => LOOP_TOPIC.test(t.TopicName)).map((t): LoopSend => ({ kind: 'topic', name: t.TopicName }))
    const prefixes = KEY_PREFIXES.map((prefix): LoopSend => ({ kind: 'bucket', prefix }))
    const own = [...standard, ...fanOut, ...prefixes].filter((send) => this.receivers(placeOf(send)).includes(fn))
    if (draw.own && own.length === 0 && this.graph.asyncFunctions.includes(fn)) {
      const topic = at(fanOut, draw.pick)
      if (topic?.kind === 'topic') subscribe(this.graph, topic.name, fn)
      return topic ?? null
    }
    const choices = draw.own && own.length > 0 ? own : draw.kind === 'queue' ? standard : draw.kind === 'topic' ? fanOut : prefixes
    return at(choices, draw.pick) ?? null
  }
}

/** Subscribes `fn` to the topic (once), so that what the topic gets comes back to it. */
function subscribe(graph: LoopGraph, topicName: string, fn: string): void {
  const topic = graph.topics.find((t) => t.TopicName === topicName)
  if (topic === undefined || (topic.Subscriptions ?? []).some((s) => s.Protocol === 'lambda' && s.Endpoint === fn)) return
  topic.Subscriptions = [...(topic.Subscriptions ?? []), { Protocol: 'lambda', Endpoint: fn }]
  graph.edges.push({ type: 'subscription', topic: topicName, to: { kind: 'function', name: fn } })
}

/**
 * Where the bucket's notification of failure records sends them: back to a recorder, directly
 * (`function`) or through a fan-out topic it is then subscribed to (`topic`), or to a queue.
 */
function failureRecordsTarget(graph: LoopGraph, draw: TargetDraw, recorders: readonly string[]): Omit<Notification, 'prefix'> | null {
  const recorder = at(recorders, draw.pick)
  if (recorder === undefined) return null
  const targetOf = (target: TargetDraw): Omit<Notification, 'prefix'> | null => {
    const found = graph.target(target)
    return found === null ? null : { kind: target.kind, ...found }
  }
  if (draw.kind === 'queue') return targetOf(draw)
  const fanOut = graph.topics.filter((t) => LOOP_TOPIC.test(t.TopicName))
  const topic = at(fanOut, draw.pick)
  if (draw.kind === 'function' || topic === undefined) return targetOf({ kind: 'function', pick: graph.asyncFunctions.indexOf(recorder) })
  subscribe(graph, topic.TopicName, recorder)
  return targetOf({ kind: 'topic', pick: fanOut.indexOf(topic) })
}

/** Adds the drawn loops to the graph: the notification of failure records, the sends, and where each loop starts. */
export function addLoops(graph: LoopGraph, draw: LoopsDraw): Loops {
  const builder = new LoopBuilder(graph)
  const recordsToBucket = graph.functions.filter((f) => f.EventInvokeConfig?.DestinationConfig?.OnFailure?.Destination.startsWith('arn:aws:s3:::')).map((f) => f.FunctionName)
  const target = draw.failureRecords === null ? null : failureRecordsTarget(graph, draw.failureRecords, recordsToBucket)
  let recorders: string[] = []
  if (target !== null) {
    graph.notifications.push({ ...target, prefix: FAILURE_RECORD_PREFIX })
    const place: Place = { kind: 'prefix', prefix: FAILURE_RECORD_PREFIX }
    recorders = recordsToBucket.filter((fn) => builder.tryAdd(fn, place))
    // Recorders left out would widen the loop: without the notification their records stay put.
    if (recorders.length < recordsToBucket.length) {
      graph.notifications.pop()
      recorders = []
    } else {
      graph.edges.push({ type: 'notification', prefix: FAILURE_RECORD_PREFIX, to: target.holder })
    }
  }
  // A function reading the sink queue would send once for each of several records of one event.
  const sinkReaders = new Set(graph.mappings.filter((m) => m.EventSourceArn === graph.sinkQueue).map((m) => m.FunctionName))
  const sends = new Map<string, LoopSend>()
  graph.functions.forEach((f, i) => {
    const role = draw.functions[i]
    if (role?.role !== 'sends' || sinkReaders.has(f.FunctionName)) return
    const send = builder.sendOf(f.FunctionName, role.send)
    if (send === null || !builder.tryAdd(f.FunctionName, placeOf(send))) return
    sends.set(f.FunctionName, send)
    graph.edges.push({ type: 'code', fn: f.FunctionName, to: send.kind === 'bucket' ? { kind: 'resource', key: `Bucket:${graph.bucket}` } : resourceOf(send) })
  })
  const starts = [...recorders, ...sends.keys()].flatMap((fn): string[] => {
    if (graph.asyncFunctions.includes(fn)) return [`Event:${fn}`]
    const read = graph.mappings.find((m) => m.FunctionName === fn && LOOP_QUEUE.test(m.EventSourceArn))
    return read === undefined ? [] : [`Queue:${read.EventSourceArn}`]
  })
  return { sends, recorders, starts }
}

/** `RecursiveLoop: Allow` for the drawn functions that send nothing on. */
export function allowedFunctions(functions: readonly FunctionConfig[], loops: Loops, draw: LoopsDraw): Set<string> {
  const allowed = new Set<string>()
  functions.forEach((f, i) => {
    if (draw.functions[i]?.allow === true && !loops.sends.has(f.FunctionName) && !loops.recorders.includes(f.FunctionName)) allowed.add(f.FunctionName)
  })
  return allowed
}
