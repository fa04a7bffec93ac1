/**
 * Kinesis data streams and DynamoDB Streams as the engine holds them: shards of ordered records,
 * and the event source mappings that read them. Each mapping reads every shard through
 * `ParallelizationFactor` lanes: a lane is one batch at a time, in order, for the partition keys
 * that hash to it, so order holds per partition key while a shard runs up to PF batches at once
 * [G-kinesis] §3.4. A change of the factor replaces the lanes (parallelization.ts).
 */
import type { ResourceAccounting } from '../../api.ts'
import type { TargetRef } from '../../invoke/targets.ts'
import type { DeliveryTarget } from '../../model/state.ts'
import type { CodeStep } from '../../runtime/codeStep.ts'
import type { EventSourceMappingConfig, StreamViewType } from '../../scenario/types.ts'
import type { CompiledPattern } from '../patterns.ts'
import type { Deque } from '../sqs/deque.ts'
import type { HashKeyRange, RouteCache } from './hashKeys.ts'
import type { MappingMetrics, StreamMetrics } from './streamMetrics.ts'

export type StreamKind = 'kinesis' | 'dynamodb'

/** A DynamoDB write as its stream record carries it: images as JSON text, parsed only when an event is built. */
export interface TableChange {
  readonly eventName: 'INSERT' | 'MODIFY' | 'REMOVE'
  readonly keysJson: string
  readonly oldJson: string | null
  readonly newJson: string | null
}

export interface StreamRecord {
  /** Its place in the stream (1, 2, …), which its sequence number spells out. */
  readonly serial: number
  readonly shard: Shard
  readonly partitionKey: string
  /** Picks the lane of a mapping with ParallelizationFactor > 1 (a hash of the partition key). */
  readonly laneHash: number
  readonly arrivalMs: number
  /** Kinesis: the data put; a string is its own text, any other value stands for its JSON text. */
  readonly data: unknown
  /** DynamoDB: the write the record describes; null for Kinesis. */
  readonly change: TableChange | null
  /** The data's bytes (Kinesis) or the item's (DynamoDB): IncomingBytes, and the batch's 6 MB cap. */
  readonly bytes: number
  /** What it adds to a batch's event (streamEvents.ts `eventBytesOf`), worked out once: batches weigh it again and again. */
  readonly eventBytes: number
}

/** The unread records that arrived in one second of the run. */
export interface UnreadSecond {
  lastArrivalMs: number
  count: number
}

export interface Shard {
  readonly index: number
  readonly shardId: string
  readonly stream: StreamState
  readonly hashKeyRange: HashKeyRange
  /** Records written to it so far. */
  incoming: number
}

export interface StreamState {
  readonly kind: StreamKind
  /** The `Kind` of `Kind:Name`: streams are `Stream:clicks`, table streams `Table:orders`. */
  readonly resourceKind: 'Stream' | 'Table'
  readonly name: string
  readonly arn: string
  /** DynamoDB: which images each record carries; Kinesis streams have none. */
  readonly viewType: StreamViewType | null
  readonly shards: readonly Shard[]
  readonly retentionMs: number
  readonly pollIntervalMs: number
  readonly routes: RouteCache
  /** The mappings reading it (disabled ones hold their place); each reads every record through its own iterators. */
  readonly readers: StreamMapping[]
  /**
   * Records no mapping reads, until retention trims them: counted per second of arrival (the
   * newest arrival of each), so a busy unread stream holds one entry per second, not per record.
   */
  readonly unread: Deque<UnreadSecond>
  /** Where records stand when no mapping reads the stream (otherwise the readers' accountings add up). */
  readonly accounting: ResourceAccounting
  readonly metrics: StreamMetrics
  serial: number
  /** The next check for records past retention; null while nothing waits. */
  retentionSweep: CodeStep | null
}

/** A destination for batches a mapping gives up on: a queue, a topic or a bucket [D-kin-fail]. */
export interface FailureDestination extends DeliveryTarget {
  readonly type: 'queue' | 'topic' | 'bucket'
}

/** A mapping's settings, resolved to the engine's units; `Infinity` where AWS says −1. */
export interface MappingConfig {
  readonly batchSize: number
  readonly windowMs: number
  readonly parallelization: number
  readonly bisect: boolean
  readonly maxRetryAttempts: number
  readonly maxRecordAgeMs: number
  readonly reportItemFailures: boolean
  /** 0 without tumbling windows. */
  readonly tumblingMs: number
  /** Null without filter criteria. */
  readonly filters: readonly CompiledPattern[] | null
  readonly onFailure: FailureDestination | null
  /** Records that arrived before this are not read (AT_TIMESTAMP); 0 otherwise. */
  readonly startAtMs: number
}

/**
 * A mapping reading a stream. Its settings, function and state are replaced whole by
 * UpdateEventSourceMapping (setup.ts `reconfigureStreamMapping`); a disabled mapping keeps its
 * place in every shard and reads on from there when enabled again.
 */
export interface StreamMapping {
  readonly uuid: string
  readonly stream: StreamState
  target: TargetRef
  config: MappingConfig
  enabled: boolean
  /** The mapping as the document (and UpdateEventSourceMapping since) configures it. */
  document: EventSourceMappingConfig
  /** One per shard, in shard order. */
  readonly readers: readonly ShardReader[]
  readonly accounting: ResourceAccounting
  readonly metrics: MappingMetrics
}

/** A mapping's iterator over one shard: its lanes, polled together at the stream's poll rate. */
export interface ShardReader {
  readonly mapping: StreamMapping
  readonly shard: Shard
  /** One per batch the shard may run at once: the mapping's ParallelizationFactor (parallelization.ts). */
  lanes: readonly Lane[]
  /**
   * Lanes of an earlier ParallelizationFactor that still hold batches they sent, batches to retry or
   * a window to close: they finish those and read nothing new. Oldest first.
   */
  readonly draining: Lane[]
  /** The next poll; null when none is due. */
  tick: CodeStep | null
  tickAtMs: number
}

/** Records on their way through the function: a fresh batch, or what remains of a failed one. */
export interface Segment {
  /** Replaced, never changed in place: an event being built may still hold the old list. */
  records: readonly StreamRecord[]
  /** Failed attempts that consumed a retry (bisecting consumes none) [D-kin-fail]. */
  retriesUsed: number
  /** Invocations of these records so far: the failure record's `approximateInvokeCount`. */
  invokes: number
  /** How its last invocation answered, for the failure record; null before any reached the function. */
  lastResponse: FailureResponse | null
  /** A tumbling window's final invocation, which carries no records. */
  readonly finalInvoke: boolean
}

export interface FailureResponse {
  readonly statusCode: number
  readonly executedVersion: string | null
  readonly functionError: 'Unhandled' | null
}

/** A tumbling window a lane is aggregating: its bounds (by record arrival time) and the state the function returned. */
export interface WindowState {
  readonly startMs: number
  readonly endMs: number
  stateJson: string
  /** The state outgrew 1 MB: the window ends at once with a final invocation [D-kin-win]. */
  terminatedEarly: boolean
}

export type LaneState = { readonly phase: 'idle' } | { readonly phase: 'in-flight'; readonly segment: Segment }

export interface Lane {
  readonly reader: ShardReader
  readonly index: number
  /** Records not yet read, oldest first. */
  readonly queue: Deque<StreamRecord>
  queuedBytes: number
  /** Segments to retry before anything newer, the next one last; while in flight, the top is the one running. */
  readonly retries: Segment[]
  state: LaneState
  /** When the last invocation ended (or the run began): a batching window counts from here [G-esm]. */
  idleSinceMs: number
  /** After a failure or a throttle the lane waits for the next poll. */
  notBeforeMs: number
  window: WindowState | null
  /** Where the next window may start at the earliest: windows never overlap, whatever their durations (windows.ts). */
  nextWindowFromMs: number
  /**
   * Draining lanes holding records of partition keys that now belong to this lane: it starts no batch
   * until they have finished, so each key keeps its order across a ParallelizationFactor change.
   */
  readonly blockedBy: Lane[]
}
