/** What the UI and the CLI show of streams: a live view per shard for the snapshot, and the run's summary. */
import type { ResourceAccounting } from '../../api.ts'
import type { World } from '../../world.ts'
import { lanesOf } from './parallelization.ts'
import type { StreamsState } from './setup.ts'
import type { Lane, Shard, StreamMapping, StreamState } from './streamTypes.ts'

/** One shard now, over the mappings reading it. */
export interface ShardView {
  shardId: string
  /** Its hash key range (decimal), which partition keys' MD5 falls in. */
  startingHashKey: string
  endingHashKey: string
  incomingRecords: number
  /** Records written that a mapping has not yet processed or let go: the most behind of its readers. */
  behind: number
  /** Batches being processed now, over its readers' lanes. */
  inFlight: number
  /** A failed batch holds a lane of the shard until it succeeds or is given up: the shard is blocked. */
  blocked: boolean
  /** Retries the blocked batch has had so far (the most of any lane). */
  retryAttempts: number
}

export interface StreamView {
  /** `Stream:<name>` or `Table:<name>`, as in `eventAccounting()` and Traffic targets. */
  resource: string
  arn: string
  shards: ShardView[]
}

/** A mapping reading a stream, in the run's summary. */
export interface StreamMappingSummary extends ResourceAccounting {
  FunctionName: string
  State: 'Enabled' | 'Disabled'
  /** Batches the function was invoked with (retries included). */
  Invocations: number
  /** The largest IteratorAge: the age of a batch's last record when its processing finished [D-metrics]. */
  IteratorAgeMaximumMs: number
}

/** A stream in the run's summary: where its records stand (added up over its readers) and its mappings by UUID. */
export interface StreamSummary extends ResourceAccounting {
  Shards: number
  IncomingRecords: number
  IncomingBytes: number
  EventSourceMappings: Record<string, StreamMappingSummary>
}

const pendingIn = (lane: Lane): number => lane.queue.size + lane.retries.reduce((sum, segment) => sum + segment.records.length, 0)

function shardView(shard: Shard): ShardView {
  let behind = 0
  let inFlight = 0
  let retryAttempts = 0
  let blocked = false
  for (const mapping of shard.stream.readers) {
    const reader = mapping.readers[shard.index]
    let mappingBehind = 0
    for (const lane of reader === undefined ? [] : lanesOf(reader)) {
      mappingBehind += pendingIn(lane)
      if (lane.state.phase === 'in-flight') inFlight++
      // A segment that has answered and is still on the stack failed (or was throttled, or split
      // off a failed batch): the lane retries it before reading anything newer.
      for (const segment of lane.retries) {
        if (segment.lastResponse === null) continue
        blocked = true
        retryAttempts = Math.max(retryAttempts, segment.retriesUsed)
      }
    }
    behind = Math.max(behind, mappingBehind)
  }
  const { startingHashKey, endingHashKey } = shard.hashKeyRange
  return { shardId: shard.shardId, startingHashKey, endingHashKey, incomingRecords: shard.incoming, behind, inFlight, blocked, retryAttempts }
}

const allStreams = (state: StreamsState): StreamState[] => [...state.kinesis.values(), ...state.tables.values()]

/** The streams for the snapshot; undefined when the scenario has none. */
export function streamViews(world: World): StreamView[] | undefined {
  const state = world.streams
  if (state === null) return undefined
  return allStreams(state).map((stream) => ({
    resource: `${stream.resourceKind}:${stream.name}`, arn: stream.arn, shards: stream.shards.map(shardView),
  }))
}

function mappingSummary(mapping: StreamMapping): StreamMappingSummary {
  return {
    FunctionName: mapping.target.fn.name,
    State: mapping.enabled ? 'Enabled' : 'Disabled',
    Invocations: mapping.metrics.invocations,
    IteratorAgeMaximumMs: Math.round(mapping.metrics.total('IteratorAge')),
    ...mapping.accounting,
    Dropped: { ...mapping.accounting.Dropped },
  }
}

/** The streams for the run's summary, keyed `Stream:<name>` / `Table:<name>`; undefined when there are none. */
export function streamSummaries(world: World): Record<string, StreamSummary> | undefined {
  const state = world.streams
  if (state === null) return undefined
  const accountings = world.resources
  return Object.fromEntries(allStreams(state).map((stream) => {
    const key = `${stream.resourceKind}:${stream.name}`
    const accounting = accountings.get(key)?.accounting() as ResourceAccounting
    const mappings = state.mappings.filter((mapping) => mapping.stream === stream)
    return [key, {
      Shards: stream.shards.length,
      IncomingRecords: stream.metrics.incomingRecords,
      IncomingBytes: stream.metrics.incomingBytes,
      ...accounting,
      EventSourceMappings: Object.fromEntries(mappings.map((mapping) => [mapping.uuid, mappingSummary(mapping)])),
    }]
  }))
}
