/**
 * What each arrival of a Traffic entry carries: a replay trace's line may carry its own payload
 * (the `payload` column of `seconds,payload`), which replaces the entry's `Payload` for that arrival.
 */
import type { ArrivalProcess } from '../scenario/types.ts'
import { payloadBytes } from './payloadSize.ts'
import { parseReplay } from './replay.ts'
import type { TrafficSource } from './trafficSource.ts'

/** A replay trace's payloads in arrival order (undefined where a line has none), with their JSON sizes. */
export interface ReplayPayloads {
  readonly payloads: readonly unknown[]
  readonly bytes: readonly number[]
}

/** Null unless the process is a replay with at least one payload, so other sources pay nothing per arrival. */
export function replayPayloadsOf(process: ArrivalProcess): ReplayPayloads | null {
  if (process.Process !== 'replay') return null
  const parsed = parseReplay(process.Csv)
  if (!parsed.ok || parsed.arrivals.every((a) => a.payload === undefined)) return null
  return {
    payloads: parsed.arrivals.map((a) => a.payload),
    bytes: parsed.arrivals.map((a) => payloadBytes(a.payload)),
  }
}

/** The payload of the source's `n`-th arrival (numbered from 1, in the order the clock yields them). */
export function arrivalPayload(source: TrafficSource, n: number): unknown {
  const replayed = source.replay?.payloads[n - 1]
  return replayed === undefined ? source.payload : replayed
}

/** The JSON size of `arrivalPayload(source, n)`, computed once per line or entry. */
export function arrivalPayloadBytes(source: TrafficSource, n: number): number {
  const replay = source.replay
  return replay === null || replay.payloads[n - 1] === undefined ? source.payloadBytes : (replay.bytes[n - 1] as number)
}
