/**
 * Identifiers and timestamps that HTTP events carry, deterministic for a seed: API ids, request
 * ids, trace ids and the Common Log Format time of API Gateway's `requestTime`.
 */
import { requestIdFor } from '../../logs/ids.ts'
import { isoTimestamp } from '../../logs/time.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'

/** Keeps HTTP request ids apart from invocation ids of the same seed and number. */
const HTTP_ID_SALT = 0x48545450

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** `12/Mar/2020:19:03:58 +0000`: API Gateway's `requestTime` / `time` for a virtual instant. */
export function clfTime(virtualMs: number): string {
  const iso = isoTimestamp(VIRTUAL_EPOCH_MS, virtualMs)
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] as string
  return `${iso.slice(8, 10)}/${month}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000`
}

/** Wall-clock epoch ms of a virtual instant (`requestTimeEpoch`, `timeEpoch`). */
export const epochMsOf = (virtualMs: number): number => VIRTUAL_EPOCH_MS + Math.floor(virtualMs)

/** The UUID-shaped id of the `serial`-th HTTP request of a run. */
export const httpRequestId = (seed: number, serial: number): string => requestIdFor((seed ^ HTTP_ID_SALT) >>> 0, serial)

/** An id of `length` digits in `radix` derived from a name (FNV-1a), standing in for the id AWS would assign. */
export function resourceIdOf(name: string, length = 10, radix = 36): string {
  let hash = 0x811c9dc5
  let id = ''
  for (let round = 0; id.length < length; round++) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0
    hash = Math.imul(hash ^ round, 0x01000193) >>> 0
    id += hash.toString(radix).padStart(8, '0').slice(0, 4)
  }
  return id.slice(0, length)
}

/** `Root=1-<8 hex seconds>-<24 hex>`: the X-Amzn-Trace-Id a load balancer adds. */
export function traceIdOf(seed: number, serial: number, virtualMs: number): string {
  const seconds = Math.floor(epochMsOf(virtualMs) / 1000).toString(16).padStart(8, '0')
  return `Root=1-${seconds}-${httpRequestId(seed, serial).replaceAll('-', '').slice(0, 24)}`
}
