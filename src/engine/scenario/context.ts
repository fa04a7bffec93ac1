/**
 * What the validator has learned so far, shared by the checks that look across fields: run length,
 * account limits and the names that references may point to. A value is `undefined` when the field
 * itself was invalid (and reported), so checks that depend on it stay silent instead of piling on.
 */
import type { Checker, NumberRule } from './check.ts'
import type { LayerIndex } from './validateLayers.ts'
import type { FeedKind } from './resourceTargets.ts'

export interface AliasFacts {
  /** The primary version, when valid. */
  readonly version: string | undefined
  /** Has a routing configuration with an additional version. */
  readonly routed: boolean
}

export interface ProvisionedFacts {
  /** Path of its `ProvisionedConcurrentExecutions`, where sum errors are reported. */
  readonly at: string
  readonly amount: number
}

/** A destination or dead-letter target, resolved once every function, queue and topic is known. */
export interface PendingTarget {
  readonly at: string
  readonly value: string
  /** An S3 bucket takes on-failure records only [D-async-rec]. */
  readonly role: 'on-success' | 'on-failure' | 'dead-letter'
}

export interface FunctionFacts {
  readonly at: string
  readonly name: string | undefined
  /** `unset` draws on the unreserved pool; `invalid` was reported and is left out of the sums. */
  readonly reserved: number | 'unset' | 'invalid'
  /** Valid published version numbers. */
  readonly versions: ReadonlySet<string>
  readonly aliases: ReadonlyMap<string, AliasFacts>
  readonly provisioned: readonly ProvisionedFacts[]
  readonly targets: readonly PendingTarget[]
}

export interface Resource {
  readonly fifo: boolean
}

export interface ScenarioContext {
  readonly c: Checker
  readonly durationSeconds: number | undefined
  readonly region: string | undefined
  readonly accountConcurrency: number | undefined
  readonly queues: ReadonlyMap<string, Resource>
  readonly topics: ReadonlyMap<string, Resource>
  readonly layers: LayerIndex
  readonly functions: ReadonlyMap<string, FunctionFacts>
  /** The names declared for each kind of resource traffic can feed (`Apis[].Name`, `Queues[].QueueName`, ...). */
  readonly resources: ReadonlyMap<FeedKind, ReadonlySet<string>>
}

/** Versions and aliases the Timeline creates during the run, which traffic may already target. */
export interface TimelineCreations {
  /** Per function: how many PublishVersion actions it has, and the aliases CreateAlias adds. */
  readonly publishes: ReadonlyMap<string, number>
  readonly aliases: ReadonlyMap<string, ReadonlySet<string>>
}

/** A moment of the run: from 0 to DurationSeconds when that is known. */
export function withinRun(ctx: ScenarioContext): NumberRule {
  return ctx.durationSeconds === undefined
    ? { min: 0, unit: 'seconds' }
    : { min: 0, max: ctx.durationSeconds, unit: 'seconds', why: "a moment within the run's DurationSeconds" }
}
