/**
 * The document's Kinesis streams, its tables' streams and the event source mappings that read them,
 * built at time 0 (every stream starts empty, so TRIM_HORIZON and LATEST read the same records).
 */
import type { ResourceAccounting } from '../../api.ts'
import {
  DYNAMODB_STREAMS_POLL_INTERVAL_MS, DYNAMODB_STREAMS_RETENTION_HOURS, KINESIS_POLL_INTERVAL_MS, KINESIS_RETENTION_DEFAULT_HOURS,
  STREAM_BATCH_SIZE_DEFAULT,
} from '../../facts.ts'
import { resolveTarget, type TargetRef } from '../../invoke/targets.ts'
import { parseResourceTarget } from '../../scenario/resourceTargets.ts'
import type { EventSourceMappingConfig, Scenario, StreamViewType } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import { compilePatternText, type CompiledPattern } from '../patterns.ts'
import { countDropped, emptyAccounting, registerResource } from '../resources.ts'
import { Deque } from '../sqs/deque.ts'
import { hashKeyRanges, RouteCache } from './hashKeys.ts'
import { resumeReader } from './lanes.ts'
import { changeParallelization, createLanes } from './parallelization.ts'
import { validMappingUuids } from '../mappingIds.ts'
import { kinesisStreamArn, shardIdOf, tableStreamArn } from './streamIds.ts'
import { MappingMetrics, StreamMetrics } from './streamMetrics.ts'
import { parseStreamArn } from './streamSources.ts'
import type { FailureDestination, MappingConfig, Shard, ShardReader, StreamKind, StreamMapping, StreamState } from './streamTypes.ts'

/** The world's streams (`world.streams`). */
export interface StreamsState {
  /** Kinesis streams by name. */
  readonly kinesis: ReadonlyMap<string, StreamState>
  /** Streams of tables whose StreamSpecification enables one, by table name. */
  readonly tables: ReadonlyMap<string, StreamState>
  /** Mappings reading them, in document order. */
  readonly mappings: readonly StreamMapping[]
}

const HOUR_MS = 3_600_000

function createStream(world: World, kind: StreamKind, name: string, shardCount: number, retentionHours: number, viewType: StreamViewType | null): StreamState {
  const shards: Shard[] = []
  const stream: StreamState = {
    kind, resourceKind: kind === 'kinesis' ? 'Stream' : 'Table', name,
    arn: kind === 'kinesis' ? kinesisStreamArn(world.region, name) : tableStreamArn(world.region, name),
    viewType, shards, retentionMs: retentionHours * HOUR_MS,
    pollIntervalMs: kind === 'kinesis' ? KINESIS_POLL_INTERVAL_MS : DYNAMODB_STREAMS_POLL_INTERVAL_MS,
    routes: new RouteCache(shardCount), readers: [], unread: new Deque(), accounting: emptyAccounting(),
    metrics: new StreamMetrics(), serial: 0, retentionSweep: null,
  }
  hashKeyRanges(shardCount).forEach((hashKeyRange, index) => {
    shards.push({ index, shardId: shardIdOf(kind, name, index), stream, hashKeyRange, incoming: 0 })
  })
  return stream
}

/** Where the mapping's failure records go: a queue, a topic or a bucket, by name or ARN (validated). */
function destinationOf(world: World, reference: string | undefined): FailureDestination | null {
  if (reference === undefined) return null
  const target = parseResourceTarget(reference)
  const name = target?.name ?? reference
  if (target?.kind === 'Bucket' || (target === undefined && world.aws.buckets.has(name))) return { type: 'bucket', name }
  if (target?.kind === 'Topic' || (target === undefined && world.topics.has(name))) return { type: 'topic', name }
  return { type: 'queue', name }
}

/** The engine's settings of a valid mapping document, at creation or after UpdateEventSourceMapping. */
export function configOf(world: World, doc: EventSourceMappingConfig): MappingConfig {
  const retries = doc.MaximumRetryAttempts ?? -1
  const maxAge = doc.MaximumRecordAgeInSeconds ?? -1
  const filters = doc.FilterCriteria?.Filters.map((f) => compilePatternText(f.Pattern))
  return {
    batchSize: doc.BatchSize ?? STREAM_BATCH_SIZE_DEFAULT,
    windowMs: (doc.MaximumBatchingWindowInSeconds ?? 0) * 1000,
    parallelization: doc.ParallelizationFactor ?? 1,
    bisect: doc.BisectBatchOnFunctionError ?? false,
    maxRetryAttempts: retries === -1 ? Number.POSITIVE_INFINITY : retries,
    maxRecordAgeMs: maxAge === -1 ? Number.POSITIVE_INFINITY : maxAge * 1000,
    reportItemFailures: doc.FunctionResponseTypes?.includes('ReportBatchItemFailures') ?? false,
    tumblingMs: (doc.TumblingWindowInSeconds ?? 0) * 1000,
    filters: filters === undefined ? null : filters.map((compiled): CompiledPattern => {
      if (!compiled.ok) throw new Error(`A filter pattern the validator accepted does not compile: ${compiled.problems[0]?.message ?? ''}`)
      return compiled.pattern
    }),
    onFailure: destinationOf(world, doc.DestinationConfig?.OnFailure?.Destination),
    startAtMs: doc.StartingPosition === 'AT_TIMESTAMP' ? (doc.StartingPositionTimestamp ?? 0) * 1000 : 0,
  }
}

function readerOf(mapping: StreamMapping, shard: Shard, parallelization: number): ShardReader {
  const reader: ShardReader = { mapping, shard, lanes: [], draining: [], tick: null, tickAtMs: 0 }
  reader.lanes = createLanes(reader, parallelization)
  return reader
}

function createMapping(world: World, doc: EventSourceMappingConfig, index: number, uuid: string, stream: StreamState): StreamMapping {
  const target = resolveTarget(world, doc.FunctionName)
  if (target === null) throw new Error(`EventSourceMappings[${index}].FunctionName: no function ${doc.FunctionName}`)
  const config = configOf(world, doc)
  const readers: ShardReader[] = []
  const mapping: StreamMapping = {
    uuid, stream, target, config, enabled: doc.Enabled ?? true, document: doc, readers,
    accounting: emptyAccounting(), metrics: new MappingMetrics(),
  }
  for (const shard of stream.shards) readers.push(readerOf(mapping, shard, config.parallelization))
  return mapping
}

/**
 * UpdateEventSourceMapping, now, with a valid merged document: batches read from now on use the
 * new settings; an invocation in flight finishes as it was sent, and what follows it (its response,
 * retries, bisecting, the on-failure destination) goes by the new ones. Disabling stops reading;
 * enabling reads on from where the mapping stopped, records past retention gone meanwhile. A new
 * ParallelizationFactor reshapes every shard's lanes (parallelization.ts); a new
 * TumblingWindowInSeconds applies to the windows that open from now on (windows.ts).
 */
export function reconfigureStreamMapping(world: World, mapping: StreamMapping, doc: EventSourceMappingConfig, target: TargetRef): void {
  mapping.document = doc
  mapping.config = configOf(world, doc)
  mapping.target = target
  mapping.enabled = doc.Enabled ?? true
  for (const reader of mapping.readers) changeParallelization(reader, mapping.config.parallelization)
  if (mapping.enabled) for (const reader of mapping.readers) resumeReader(world, reader)
}

/** The stream a mapping's EventSourceArn names, or null when it names no stream (an SQS queue). */
function sourceOf(state: StreamsState, reference: string): StreamState | null {
  const arn = parseStreamArn(reference)
  if (arn) return (arn.kind === 'Stream' ? state.kinesis : state.tables).get(arn.name) ?? null
  return state.kinesis.get(reference) ?? state.tables.get(reference) ?? null
}

/** Adds up the readers' accountings: a stream read by two mappings receives each record twice, once per reader. */
function sumOf(accountings: readonly ResourceAccounting[]): ResourceAccounting {
  const total = emptyAccounting()
  for (const a of accountings) {
    total.Received += a.Received
    total.Processed += a.Processed
    total.DeadLettered += a.DeadLettered
    total.Pending += a.Pending
    for (const [reason, count] of Object.entries(a.Dropped)) countDropped(total, reason, count)
  }
  return total
}

function register(world: World, state: StreamsState): void {
  for (const stream of [...state.kinesis.values(), ...state.tables.values()]) {
    registerResource(world, {
      kind: stream.resourceKind, name: stream.name,
      metrics: (resolution, nowMs, points) => stream.metrics.points(resolution, nowMs, points),
      accounting: () => sumOf(stream.readers.length === 0 ? [stream.accounting] : stream.readers.map((m) => m.accounting)),
    })
  }
  for (const mapping of state.mappings) {
    registerResource(world, {
      kind: 'EventSourceMapping', name: mapping.uuid,
      metrics: (resolution, nowMs, points) => mapping.metrics.points(resolution, nowMs, points),
      accounting: () => sumOf([mapping.accounting]),
    })
  }
}

/** Builds `world.streams` from the document (null when it has no streams), with the mappings that read them. */
export function startStreams(world: World, scenario: Scenario): void {
  const kinesis = new Map((scenario.Streams ?? []).map((s) => [
    s.StreamName, createStream(world, 'kinesis', s.StreamName, s.ShardCount ?? 1, s.RetentionPeriodHours ?? KINESIS_RETENTION_DEFAULT_HOURS, null),
  ]))
  // A table's stream has one shard: the simulator does not model table partitions. The validator
  // requires a StreamViewType with StreamEnabled.
  const tables = new Map((scenario.Tables ?? []).filter((t) => t.StreamSpecification?.StreamEnabled === true).map((t) => [
    t.TableName, createStream(world, 'dynamodb', t.TableName, 1, DYNAMODB_STREAMS_RETENTION_HOURS, t.StreamSpecification?.StreamViewType as StreamViewType),
  ]))
  if (kinesis.size === 0 && tables.size === 0) return
  const mappings: StreamMapping[] = []
  const state: StreamsState = { kinesis, tables, mappings }
  const uuids = validMappingUuids(scenario.EventSourceMappings ?? [])
  ;(scenario.EventSourceMappings ?? []).forEach((doc, index) => {
    const stream = sourceOf(state, doc.EventSourceArn)
    if (stream === null) return
    // A disabled mapping reads too: its iterators stay where they are until it is enabled [API].
    const mapping = createMapping(world, doc, index, uuids[index] as string, stream)
    stream.readers.push(mapping)
    mappings.push(mapping)
  })
  world.streams = state
  register(world, state)
}
