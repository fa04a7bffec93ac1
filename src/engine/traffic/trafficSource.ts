import type { InvocationType } from '../scenario/types.ts'
import type { TargetRef } from '../invoke/targets.ts'
import type { ArrivalClock } from './arrivals.ts'

/** One `Traffic` entry of the scenario, pushed again on the arrivals heap for each next arrival. */
export interface TrafficSource {
  readonly kind: 'arrival'
  readonly targetName: string
  /** Resolved on first use: a target may name an alias that the timeline creates later. */
  target: TargetRef | null
  readonly invocationType: InvocationType
  readonly payload: unknown
  readonly payloadBytes: number
  readonly nextArrival: ArrivalClock
}
