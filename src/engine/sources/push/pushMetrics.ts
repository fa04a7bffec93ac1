import type { ResourceAccounting, ResourceKind } from '../../api.ts'
import { RolledSeries } from '../../metrics/rolledSeries.ts'
import type { SeriesPoint } from '../../metrics/series.ts'
import type { World } from '../../world.ts'
import { registerResource } from '../resources.ts'

/**
 * Counts of a push service's resource (a topic, a rule, a bus, a bucket) under its CloudWatch names,
 * in 1-second buckets rolled up into CloudWatch's 1-minute ones, in fixed rings.
 */
export class CounterMetrics<Name extends string> {
  private readonly series: RolledSeries<Name>
  private readonly totals: Float64Array

  constructor(readonly names: readonly Name[]) {
    this.series = new RolledSeries(Object.fromEntries(names.map((name) => [name, 'sum'])) as Record<Name, 'sum'>)
    this.totals = new Float64Array(names.length)
  }

  /** Counts `amount` of the metric at index `field` (its position in `names`) now. */
  count(nowMs: number, field: number, amount = 1): void {
    this.series.perSecond.add(nowMs, field, amount)
    this.totals[field] = (this.totals[field] as number) + amount
  }

  /** The run's total of one metric. */
  total(name: Name): number {
    return this.totals[this.names.indexOf(name)] ?? 0
  }

  points(resolution: 'second' | 'minute', nowMs: number, count?: number): SeriesPoint[] {
    return this.series.points(resolution, nowMs, count)
  }
}

/** Registers a push resource's counters and accounting as `Kind:Name`; readers get a copy of the accounting. */
export function registerCounted(
  world: World, kind: ResourceKind, name: string, resource: { readonly metrics: CounterMetrics<string>; readonly accounting: ResourceAccounting },
): void {
  registerResource(world, {
    kind, name,
    metrics: (resolution, nowMs, points) => resource.metrics.points(resolution, nowMs, points),
    accounting: () => ({ ...resource.accounting, Dropped: { ...resource.accounting.Dropped } }),
  })
}
