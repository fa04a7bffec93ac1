/**
 * Maps graph draws (./graphDraws.ts) onto a valid scenario and the plan of its edges, from which
 * ./graphFlows.ts works out what each resource must have received. Without loops (./graphLoops.ts
 * adds them) the graph has no cycles, so every count is finite and no loop detection steps in:
 * - async functions are invoked by topics, the bucket, rules and Event traffic; their destinations
 *   and dead-letter queues lead only to sinks (the sink queue, the sink topic that feeds it, the
 *   bucket under a key no notification matches, the default bus where no rule matches Lambda's events);
 * - sync functions are invoked by the API, the load balancer, queue, stream and table mappings and
 *   RequestResponse traffic, none of which have destinations.
 * Traffic is bursts of known size in the first 20 seconds, so every inflow is an exact count.
 */
import { ACCOUNT_ID } from '../facts.ts'
import {
  SCENARIO_FORMAT, type EventSourceMappingConfig, type FunctionConfig, type QueueConfig, type RuleConfig, type Scenario, type TopicConfig,
} from '../scenario/types.ts'
import type { BurstDraw, DestinationKind, FunctionDraw, GraphDraw, LoopsDraw, SqsMappingDraw, StreamDraw, TargetDraw } from './graphDraws.ts'
import { addLoops, allowedFunctions, type Loops, type LoopSend, type Notification } from './graphLoops.ts'
import { at, buildTraffic, KEY_PREFIXES } from './graphTraffic.ts'

const REGION = 'us-east-1'
export const SINK_QUEUE = 'sink'
export const SINK_TOPIC = 'sink-topic'
export const DLQ = 'dlq'
export const FIFO_QUEUE = 'orders.fifo'
const FIFO_DLQ = 'dlq.fifo'
export const BUCKET = 'box'
export const BUS = 'default'

/** Where an event goes along one edge: a function (its async queue) or a resource (`Kind:Name`). */
export type Holder = { readonly kind: 'function'; readonly name: string } | { readonly kind: 'resource'; readonly key: string }

/** One edge whose flow is an exact count (see graphFlows.ts for how each is measured). */
export type Edge =
  | { readonly type: 'subscription'; readonly topic: string; readonly to: Holder }
  | { readonly type: 'notification'; readonly prefix: string; readonly to: Holder }
  | { readonly type: 'rule'; readonly rule: string; readonly to: Holder }
  | { readonly type: 'redrive'; readonly from: string; readonly to: Holder }
  | { readonly type: 'destination'; readonly fn: string; readonly on: 'success' | 'failure'; readonly to: Holder }
  | { readonly type: 'stream-failure'; readonly source: string; readonly to: Holder }
  /** What a handler sent with the SDK (./graphLoops.ts). */
  | { readonly type: 'code'; readonly fn: string; readonly to: Holder }

export interface GraphPlan {
  readonly asyncFunctions: readonly string[]
  readonly syncFunctions: readonly string[]
  /** Arrivals by what they enter: `Kind:Name` for resources, the function's name for Event invokes; bucket uploads by key prefix. */
  readonly traffic: ReadonlyMap<string, number>
  readonly uploads: ReadonlyMap<string, number>
  readonly edges: readonly Edge[]
  /** Queues whose mapping reports batch item failures (what the handler's reports mean). */
  readonly reportingSources: ReadonlySet<string>
  /** What each looping handler sends on success (./graphLoops.ts); empty without loops. */
  readonly sends: ReadonlyMap<string, LoopSend>
}

const resource = (key: string): Holder => ({ kind: 'resource', key })
const queueArn = (name: string): string => `arn:aws:sqs:${REGION}:${ACCOUNT_ID}:${name}`
export const topicArn = (name: string): string => `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${name}`
const functionArn = (name: string): string => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`

class Builder {
  readonly functions: FunctionConfig[]
  readonly asyncFunctions: string[]
  readonly syncFunctions: string[]
  readonly queues: QueueConfig[] = []
  readonly topics: TopicConfig[] = []
  readonly mappings: EventSourceMappingConfig[] = []
  readonly edges: Edge[] = []
  readonly entries: string[] = []
  readonly reporting = new Set<string>()

  constructor(private readonly draw: GraphDraw) {
    const names = draw.functions.map((_, i) => `f${i}`)
    this.asyncFunctions = names.filter((_, i) => draw.functions[i]?.async)
    this.syncFunctions = names.filter((_, i) => !draw.functions[i]?.async)
    this.functions = draw.functions.map((fn, i) => this.functionOf(fn, names[i] as string))
  }

  private destination(fn: string, kind: DestinationKind, on: 'success' | 'failure'): string | null {
    switch (kind) {
      case 'queue':
        this.edges.push({ type: 'destination', fn, on, to: resource(`Queue:${SINK_QUEUE}`) })
        return queueArn(SINK_QUEUE)
      case 'topic':
        this.edges.push({ type: 'destination', fn, on, to: resource(`Topic:${SINK_TOPIC}`) })
        return topicArn(SINK_TOPIC)
      case 'bucket':
        // S3 takes on-failure records only [D-async-rec].
        if (on === 'success') return null
        this.edges.push({ type: 'destination', fn, on, to: resource(`Bucket:${BUCKET}`) })
        return `arn:aws:s3:::${BUCKET}`
      case 'bus':
        this.edges.push({ type: 'destination', fn, on, to: resource(`EventBus:${BUS}`) })
        return `arn:aws:events:${REGION}:${ACCOUNT_ID}:event-bus/${BUS}`
    }
  }

  private functionOf(draw: FunctionDraw, name: string): FunctionConfig {
    const config: FunctionConfig = { FunctionName: name, Timeout: draw.timeoutSeconds, Code: { 'index.mjs': '// scripted (properties/graphRuntime.ts)' } }
    if (draw.reserved !== null) config.ReservedConcurrentExecutions = draw.reserved
    if (!draw.async) return config
    const success = draw.onSuccess === null ? null : this.destination(name, draw.onSuccess, 'success')
    const failure = draw.onFailure === null ? null : this.destination(name, draw.onFailure, 'failure')
    config.EventInvokeConfig = {
      MaximumRetryAttempts: draw.retries, MaximumEventAgeInSeconds: draw.maxAgeSeconds,
      ...(success === null && failure === null ? {} : {
        DestinationConfig: { ...(success === null ? {} : { OnSuccess: { Destination: success } }), ...(failure === null ? {} : { OnFailure: { Destination: failure } }) },
      }),
    }
    if (draw.deadLetter !== null) {
      const to = draw.deadLetter === 'queue' ? SINK_QUEUE : SINK_TOPIC
      this.edges.push({ type: 'destination', fn: name, on: 'failure', to: resource(draw.deadLetter === 'queue' ? `Queue:${to}` : `Topic:${to}`) })
      config.DeadLetterConfig = { TargetArn: draw.deadLetter === 'queue' ? queueArn(to) : topicArn(to) }
    }
    return config
  }

  /** A mapping from a queue to a sync function (none when there is no sync function). */
  sqsMapping(queue: string, draw: SqsMappingDraw | null): void {
    const fn = draw === null ? undefined : at(this.syncFunctions, draw.fn)
    if (draw === null || fn === undefined) return
    if (draw.reportsItems) this.reporting.add(queue)
    this.mappings.push({
      EventSourceArn: queue, FunctionName: fn, BatchSize: draw.batchSize,
      // A batching window is for standard queues only.
      ...(draw.windowSeconds > 0 && !queue.endsWith('.fifo') ? { MaximumBatchingWindowInSeconds: draw.windowSeconds } : {}),
      ...(draw.reportsItems ? { FunctionResponseTypes: ['ReportBatchItemFailures' as const] } : {}),
    })
    const queueConfig = this.queues.find((q) => q.QueueName === queue)
    // A queue's visibility timeout must cover its function's timeout.
    const timeout = this.functions.find((f) => f.FunctionName === fn)?.Timeout ?? 3
    if (queueConfig) queueConfig.VisibilityTimeout = Math.max(queueConfig.VisibilityTimeout ?? 30, timeout)
  }

  streamMapping(key: string, source: string, draw: StreamDraw | null): void {
    const fn = draw === null ? undefined : at(this.syncFunctions, draw.fn)
    if (draw === null || fn === undefined) return
    if (draw.reportsItems) this.reporting.add(source)
    const onFailure = draw.onFailure === null ? null : draw.onFailure === 'queue' ? SINK_QUEUE : SINK_TOPIC
    if (onFailure !== null) this.edges.push({ type: 'stream-failure', source: key, to: resource(draw.onFailure === 'queue' ? `Queue:${onFailure}` : `Topic:${onFailure}`) })
    this.mappings.push({
      EventSourceArn: source, FunctionName: fn, StartingPosition: 'TRIM_HORIZON', BatchSize: draw.batchSize,
      ParallelizationFactor: draw.parallelization, BisectBatchOnFunctionError: draw.bisect,
      MaximumRetryAttempts: draw.retries, MaximumRecordAgeInSeconds: draw.maxAgeSeconds,
      ...(draw.reportsItems ? { FunctionResponseTypes: ['ReportBatchItemFailures' as const] } : {}),
      ...(onFailure === null ? {} : { DestinationConfig: { OnFailure: { Destination: draw.onFailure === 'queue' ? queueArn(onFailure) : topicArn(onFailure) } } }),
    })
    this.entries.push(key)
  }

  /** An async function, a standard queue or a fan-out topic, as a notification's or rule's target; null when the graph has none of that kind. */
  target(draw: TargetDraw): { holder: Holder; arn: string } | null {
    const standard = this.queues.filter((q) => !q.FifoQueue && q.QueueName !== DLQ).map((q) => q.QueueName)
    const fanOut = this.topics.filter((t) => t.TopicName !== SINK_TOPIC).map((t) => t.TopicName)
    const name = at(draw.kind === 'function' ? this.asyncFunctions : draw.kind === 'queue' ? standard : fanOut, draw.pick)
    if (name === undefined) return null
    if (draw.kind === 'function') return { holder: { kind: 'function', name }, arn: functionArn(name) }
    return draw.kind === 'queue' ? { holder: resource(`Queue:${name}`), arn: queueArn(name) } : { holder: resource(`Topic:${name}`), arn: topicArn(name) }
  }
}

/** The document the draws describe (with loops when `loops` is given), with its plan. */
export function buildGraph(draw: GraphDraw, loops: LoopsDraw | null = null): { scenario: Scenario; plan: GraphPlan } {
  const b = new Builder(draw)
  b.queues.push({ QueueName: SINK_QUEUE }, { QueueName: DLQ })
  draw.queues.forEach((q, i) => {
    const name = `q${i}`
    b.queues.push({ QueueName: name, VisibilityTimeout: q.visibilitySeconds, ...(q.maxReceiveCount === null ? {} : { RedrivePolicy: { deadLetterTargetArn: queueArn(DLQ), maxReceiveCount: q.maxReceiveCount } }) })
    if (q.maxReceiveCount !== null) b.edges.push({ type: 'redrive', from: name, to: resource(`Queue:${DLQ}`) })
    b.sqsMapping(name, q.mapping)
    b.entries.push(`Queue:${name}`)
  })
  b.sqsMapping(SINK_QUEUE, draw.sinkMapping)
  if (draw.fifo !== null && b.syncFunctions.length > 0) {
    const redrive = draw.fifo.maxReceiveCount
    b.queues.push({ QueueName: FIFO_QUEUE, FifoQueue: true, ...(redrive === null ? {} : { RedrivePolicy: { deadLetterTargetArn: queueArn(FIFO_DLQ), maxReceiveCount: redrive } }) })
    b.queues.push({ QueueName: FIFO_DLQ, FifoQueue: true })
    if (redrive !== null) b.edges.push({ type: 'redrive', from: FIFO_QUEUE, to: resource(`Queue:${FIFO_DLQ}`) })
    b.sqsMapping(FIFO_QUEUE, draw.fifo.mapping)
    b.entries.push(`Queue:${FIFO_QUEUE}`)
  }
  b.topics.push({ TopicName: SINK_TOPIC, Subscriptions: [{ Protocol: 'sqs', Endpoint: queueArn(SINK_QUEUE) }] })
  b.edges.push({ type: 'subscription', topic: SINK_TOPIC, to: resource(`Queue:${SINK_QUEUE}`) })
  draw.topics.forEach((subscribers, i) => {
    const name = `t${i}`
    const topic: TopicConfig = { TopicName: name, Subscriptions: [] }
    for (const s of subscribers) {
      const endpoint = s.queue ? at(draw.queues.map((_, q) => `q${q}`), s.pick) : at(b.asyncFunctions, s.pick)
      if (endpoint === undefined) continue
      topic.Subscriptions?.push(s.queue ? { Protocol: 'sqs', Endpoint: queueArn(endpoint) } : { Protocol: 'lambda', Endpoint: endpoint })
      b.edges.push({ type: 'subscription', topic: name, to: s.queue ? resource(`Queue:${endpoint}`) : { kind: 'function', name: endpoint } })
    }
    b.topics.push(topic)
    b.entries.push(`Topic:${name}`)
  })
  const rules = draw.rules.flatMap((t, i): RuleConfig[] => {
    const target = b.target(t)
    if (target === null) return []
    b.edges.push({ type: 'rule', rule: `r${i}`, to: target.holder })
    return [{ Name: `r${i}`, EventPattern: { source: ['app'] }, Targets: [{ Id: 'only', Arn: target.arn }] }]
  })
  b.entries.push(`EventBus:${BUS}`)
  const notifications = (draw.bucket ?? []).flatMap((t, i): Notification[] => {
    const target = b.target(t)
    if (target === null) return []
    const prefix = KEY_PREFIXES[i] as string
    b.edges.push({ type: 'notification', prefix, to: target.holder })
    return [{ kind: t.kind, arn: target.arn, prefix, holder: target.holder }]
  })
  b.entries.push(`Bucket:${BUCKET}`)
  const looped: Loops = loops === null ? { sends: new Map(), recorders: [], starts: [] } : addLoops({
    functions: b.functions, asyncFunctions: b.asyncFunctions, queues: b.queues, topics: b.topics, mappings: b.mappings, notifications, edges: b.edges,
    sinkQueue: SINK_QUEUE, bucket: BUCKET, target: (t) => b.target(t),
  }, loops)
  const allowed = loops === null ? new Set<string>() : allowedFunctions(b.functions, looped, loops)
  for (const f of b.functions) if (allowed.has(f.FunctionName)) f.RecursiveLoop = 'Allow'
  const configurations = notifications.map(({ arn, prefix }) => ({ arn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix' as const, Value: prefix }] } } }))
  const ofKind = (kind: TargetDraw['kind']) => configurations.filter((_, i) => notifications[i]?.kind === kind)
  const api = draw.api === null ? undefined : at(b.syncFunctions, draw.api)
  if (api !== undefined) b.entries.push('Api:shop')
  const lb = draw.loadBalancer === null ? undefined : at(b.syncFunctions, draw.loadBalancer)
  if (lb !== undefined) b.entries.push('LoadBalancer:edge')
  if (draw.stream !== null) b.streamMapping('Stream:clicks', 'clicks', draw.stream)
  if (draw.table !== null) b.streamMapping('Table:items', 'items', draw.table)
  for (const fn of b.asyncFunctions) b.entries.push(`Event:${fn}`)
  for (const fn of b.syncFunctions) b.entries.push(`RequestResponse:${fn}`)

  // The FIFO queue and the streams get their own bursts first, then the others go anywhere.
  const own = (entry: string, bursts: readonly Omit<BurstDraw, 'source'>[] | undefined): BurstDraw[] =>
    b.entries.includes(entry) ? (bursts ?? []).map((burst) => ({ ...burst, source: b.entries.indexOf(entry) })) : []
  // Each loop is started by an arrival of its own.
  const loopStarts = looped.starts.map((entry) => ({ which: 0, count: 1, atSecond: 1, entry }))
  const { configs, traffic, uploads } = buildTraffic(b.entries, [
    ...own(`Queue:${FIFO_QUEUE}`, draw.fifo?.traffic), ...own('Stream:clicks', draw.stream?.traffic), ...own('Table:items', draw.table?.traffic),
    ...loopStarts.flatMap(({ entry, ...burst }) => own(entry, [burst])), ...draw.traffic,
  ])
  const scenario: Scenario = {
    Format: SCENARIO_FORMAT, Name: 'event-source graph', Seed: draw.seed, DurationSeconds: 240, Account: { Region: REGION },
    Functions: b.functions,
    Queues: b.queues,
    Topics: b.topics,
    Buckets: [{ BucketName: BUCKET, NotificationConfiguration: {
      LambdaFunctionConfigurations: ofKind('function').map(({ arn, Events, Filter }) => ({ LambdaFunctionArn: arn, Events, Filter })),
      QueueConfigurations: ofKind('queue').map(({ arn, Events, Filter }) => ({ QueueArn: arn, Events, Filter })),
      TopicConfigurations: ofKind('topic').map(({ arn, Events, Filter }) => ({ TopicArn: arn, Events, Filter })),
    } }],
    Rules: rules,
    EventSourceMappings: b.mappings,
    Traffic: configs,
  }
  if (api !== undefined) scenario.Apis = [{ Name: 'shop', ProtocolType: 'HTTP', Routes: [{ RouteKey: 'GET /go', Target: api }] }]
  if (lb !== undefined) scenario.LoadBalancers = [{ Name: 'edge', TargetGroups: [{ Name: 'web', Target: lb }], DefaultTargetGroup: 'web' }]
  if (draw.stream !== null && b.syncFunctions.length > 0) scenario.Streams = [{ StreamName: 'clicks', ShardCount: draw.stream.shards }]
  if (draw.table !== null && b.syncFunctions.length > 0) {
    scenario.Tables = [{ TableName: 'items', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }]
  }
  const plan: GraphPlan = {
    asyncFunctions: b.asyncFunctions, syncFunctions: b.syncFunctions, traffic, uploads, edges: b.edges, reportingSources: b.reporting,
    sends: looped.sends,
  }
  return { scenario, plan }
}
