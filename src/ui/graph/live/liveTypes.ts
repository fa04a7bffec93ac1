/** What the graph reads from a run: the engine's snapshot and summary, and per-resource accounting when the frame carries it. */
import type { ResourceAccounting, RunSummary, Snapshot } from '../../../engine/api.ts'

export interface LiveInputs {
  readonly snapshot: Snapshot | null
  readonly summary: RunSummary | null
  /** `Simulation.eventAccounting()`, keyed `Queue:orders`, `Stream:clicks`, ...; null when the frame does not carry it. */
  readonly resources: Readonly<Record<string, ResourceAccounting>> | null
  readonly playing: boolean
}

export const NO_LIVE: LiveInputs = { snapshot: null, summary: null, resources: null, playing: false }

/** A function's concurrency against its limits, as its node draws it. */
export interface FunctionLive {
  readonly inFlight: number
  /** Reserved concurrency when set, else the unreserved pool: the account's limit less every reservation (shared with other functions). */
  readonly limit: number
  readonly limitKind: 'reserved' | 'unreserved'
  readonly provisionedAllocated: number
  readonly provisionedRequested: number
  readonly busy: number
  readonly idle: number
  readonly initializing: number
  /** Events waiting in Lambda's internal queue for asynchronous invocation. */
  readonly asyncQueued: number
  /** Throttles so far in the run (from the summary, which arrives every few hundred milliseconds). */
  readonly throttles: number
}

/** Provisioned concurrency on a version or alias. */
export interface QualifierLive {
  readonly requested: number
  readonly allocated: number
  readonly status: 'IN_PROGRESS' | 'READY' | 'NONE'
}

/** A queue, stream, API, ... now: what waits, what is being processed, what arrived so far (null = not known). */
export interface ResourceLive {
  /** A queue's visible messages, a stream's records not yet processed, an accounted resource's pending events. */
  readonly waiting: number | null
  /** Messages in flight, batches or requests being processed. */
  readonly inFlight: number | null
  readonly received: number | null
  /** Stream shards held by a failing batch. */
  readonly blocked: number | null
}
