/**
 * Traffic that feeds a resource instead of invoking a function: a `Traffic` entry whose `Target` is
 * `Kind:Name` or a resource ARN (scenario/resourceTargets.ts) hands each arrival to its kind's
 * feeder, which turns it into what that service receives (an HTTP request, a message, an object
 * write, a record, an event) and lets the service invoke functions as AWS does.
 *
 * Each kind's feeder is one line in FEEDERS.
 */
import { parseResourceTarget, type FeedKind } from '../scenario/resourceTargets.ts'
import type { TrafficConfig, TrafficRequest } from '../scenario/types.ts'
import type { World } from '../world.ts'
import { feedApi, feedLoadBalancer } from './http/httpState.ts'
import { feedBucket, feedEventBus, feedTopic } from './push/pushFeeders.ts'
import { feedQueue } from './sqs/feedQueue.ts'
import { feedStream, feedTable } from './streams/streamFeeders.ts'

/** One Traffic entry aimed at a resource; the same object for all its arrivals. */
export interface ResourceTraffic {
  readonly kind: FeedKind
  readonly name: string
  /** The entry's `Request`; `{}` when it has none. */
  readonly request: TrafficRequest
  readonly feed: Feeder
  /** The feeder's own per-entry memo (a matched route, a prepared request); null until it keeps one. */
  memo: unknown
  /** The entry's one Arrival, refilled for each arrival (feeders read it during the call and keep nothing of it). */
  readonly arrival: { traffic: ResourceTraffic; n: number; payload: unknown }
}

/** One arrival, as its feeder receives it: valid only during the feeder's call. */
export interface Arrival {
  readonly traffic: ResourceTraffic
  /** 1 for the entry's first arrival, 2 for the next, ...; `{n}` in `Request.Key` becomes it. */
  readonly n: number
  /** The replay line's payload when it has one, else the entry's `Payload`; undefined when neither. */
  readonly payload: unknown
}

export type Feeder = (world: World, name: string, arrival: Arrival) => void

const FEEDERS: { readonly [K in FeedKind]?: Feeder } = {
  Api: feedApi,
  LoadBalancer: feedLoadBalancer,
  Bucket: feedBucket,
  Topic: feedTopic,
  EventBus: feedEventBus,
  Queue: feedQueue,
  Stream: feedStream,
  Table: feedTable,
}

/** The feeding side of a Traffic entry, or null when its target is a function. */
export function resourceTrafficOf(traffic: TrafficConfig, index: number): ResourceTraffic | null {
  const target = parseResourceTarget(traffic.Target)
  if (target === undefined) return null
  const feed = FEEDERS[target.kind]
  // Every kind the validator accepts has a line in FEEDERS once its service exists.
  if (feed === undefined) throw new Error(`Traffic[${index}].Target: the engine has no feeder for ${target.kind} resources`)
  const entry: ResourceTraffic = {
    kind: target.kind, name: target.name, request: traffic.Request ?? {}, feed, memo: null,
    arrival: { traffic: undefined as unknown as ResourceTraffic, n: 0, payload: undefined },
  }
  entry.arrival.traffic = entry
  return entry
}

/** Hands arrival `n` to the entry's feeder; a busy entry makes one arrival a millisecond, so its Arrival is reused. */
export function feedArrival(world: World, traffic: ResourceTraffic, n: number, payload: unknown): void {
  const arrival = traffic.arrival
  arrival.n = n
  arrival.payload = payload
  traffic.feed(world, traffic.name, arrival)
}

/** `Request.Key` (or `fallback`) with every `{n}` replaced by the arrival's number. */
export function keyOf(arrival: Arrival, fallback: string): string {
  return (arrival.traffic.request.Key ?? fallback).replaceAll('{n}', String(arrival.n))
}
