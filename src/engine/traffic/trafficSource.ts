import type { InvocationType } from '../scenario/types.ts'
import type { TargetRef } from '../invoke/targets.ts'
import type { ResourceTraffic } from '../sources/feeders.ts'
import type { ArrivalClock } from './arrivals.ts'
import type { ReplayPayloads } from './arrivalPayload.ts'

/** One `Traffic` entry of the scenario, pushed again on the arrivals heap for each next arrival. */
export interface TrafficSource {
  readonly kind: 'arrival'
  readonly targetName: string
  /** Resolved on first use: a target may name an alias that the timeline creates later. */
  target: TargetRef | null
  /** The resource this entry feeds (`Kind:Name` or a resource ARN); null when it invokes a function. */
  readonly resource: ResourceTraffic | null
  readonly invocationType: InvocationType
  readonly payload: unknown
  readonly payloadBytes: number
  /** A replay trace's per-line payloads; null for every other source. */
  readonly replay: ReplayPayloads | null
  /** Arrivals fired so far: the next one is number `fired + 1`. */
  fired: number
  readonly nextArrival: ArrivalClock
}
