/**
 * The traffic of a generated graph (./buildGraph.ts): bursts of known size into its entry points,
 * and how many arrivals each one sends where, so the property knows every inflow exactly.
 */
import type { TrafficConfig } from '../scenario/types.ts'
import type { BurstDraw } from './graphDraws.ts'

/** Bucket keys: notifications match the first two prefixes; destination objects (Lambda's own keys) match none. */
export const KEY_PREFIXES = ['p0/', 'p1/', 'other/'] as const

export const at = <T>(list: readonly T[], index: number): T | undefined => list[index % list.length]

/** A table's writes, each a different item value: a write that changes nothing writes no stream record. */
function tableWrites(burst: BurstDraw, written: { count: number }): TrafficConfig['Arrivals'] {
  const lines = Array.from({ length: burst.count }, () => `${burst.atSecond},{"n":${written.count++}}`)
  return { Process: 'replay', Csv: lines.join('\n') }
}

function trafficOf(burst: BurstDraw, entries: readonly string[], written: { count: number }): { target: string; traffic: TrafficConfig } | null {
  const entry = at(entries, burst.source)
  if (entry === undefined) return null
  const Arrivals = { Process: 'burst' as const, Count: burst.count, AtSecond: burst.atSecond }
  const [kind, name] = entry.split(':') as [string, string | undefined]
  switch (kind) {
    case 'Api':
      return { target: entry, traffic: { Target: entry, Arrivals, Request: { Method: 'GET', Path: '/go' } } }
    case 'Bucket': {
      const prefix = at(KEY_PREFIXES, burst.which) as string
      return { target: `${entry}:${prefix}`, traffic: { Target: entry, Arrivals, Request: { Key: `${prefix}${burst.which}-{n}` } } }
    }
    case 'EventBus':
      return { target: entry, traffic: { Target: entry, Arrivals, Request: { Source: 'app', DetailType: 'Order' } } }
    case 'Stream':
      return { target: entry, traffic: { Target: entry, Arrivals, Payload: { v: burst.which }, Request: { KeyCount: 1 + (burst.which % 6) } } }
    case 'Table':
      return { target: entry, traffic: { Target: entry, Arrivals: tableWrites(burst, written), Request: { KeyCount: 1 + (burst.which % 6) } } }
    case 'Queue':
      return { target: entry, traffic: { Target: entry, Arrivals, Payload: { v: burst.which }, Request: { KeyCount: 1 + (burst.which % 4) } } }
    case 'Event':
    case 'RequestResponse':
      return { target: name as string, traffic: { Target: name as string, Arrivals, InvocationType: kind, Payload: { v: burst.which } } }
    default:
      return { target: entry, traffic: { Target: entry, Arrivals, Payload: { v: burst.which } } }
  }
}

/**
 * The bursts as Traffic entries, and their arrivals by what they enter: `Kind:Name`, or the function's
 * name for Event invokes (RequestResponse ones only reach the request ledger); uploads also by key prefix.
 */
export function buildTraffic(entries: readonly string[], bursts: readonly BurstDraw[]): {
  configs: TrafficConfig[]; traffic: Map<string, number>; uploads: Map<string, number>
} {
  const traffic = new Map<string, number>()
  const uploads = new Map<string, number>()
  const configs: TrafficConfig[] = []
  const written = { count: 0 }
  for (const burst of bursts) {
    const made = trafficOf(burst, entries, written)
    if (made === null) continue
    configs.push(made.traffic)
    const [kind, name, prefix] = made.target.split(':')
    // A synchronous invoke's only account is the request ledger.
    if (made.traffic.InvocationType === 'RequestResponse') continue
    if (kind === 'Bucket' && prefix !== undefined) uploads.set(prefix, (uploads.get(prefix) ?? 0) + burst.count)
    const key = kind === 'Bucket' ? `Bucket:${name}` : made.target
    traffic.set(key, (traffic.get(key) ?? 0) + burst.count)
  }
  return { configs, traffic, uploads }
}
