/**
 * The resources around functions (APIs, load balancers, queues, topics, buckets, streams, tables,
 * buses, rules, event source mappings) each keep their own metrics and event accounting. They
 * register here, under `Kind:Name`, so the step API answers for all of them in one way.
 */
import type { ResourceAccounting, ResourceKind } from '../api.ts'
import type { SeriesPoint } from '../metrics/series.ts'
import type { World } from '../world.ts'

export interface ResourceHandle {
  readonly kind: ResourceKind
  readonly name: string
  metrics(resolution: 'second' | 'minute', nowMs: number, points?: number): SeriesPoint[]
  accounting(): ResourceAccounting
}

export const resourceKey = (kind: ResourceKind, name: string): string => `${kind}:${name}`

export function registerResource(world: World, handle: ResourceHandle): void {
  world.resources.set(resourceKey(handle.kind, handle.name), handle)
}

/** A fresh accounting whose `Dropped` reasons start empty. */
export function emptyAccounting(): ResourceAccounting {
  return { Received: 0, Processed: 0, DeadLettered: 0, Dropped: {}, Pending: 0 }
}

/** Counts one event dropped for `reason`. */
export function countDropped(accounting: ResourceAccounting, reason: string, count = 1): void {
  accounting.Dropped[reason] = (accounting.Dropped[reason] ?? 0) + count
}
