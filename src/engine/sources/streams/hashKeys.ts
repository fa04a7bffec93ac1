/**
 * How Kinesis places a record: the MD5 of its partition key, read as a 128-bit unsigned integer,
 * falls in exactly one shard's hash key range. A stream created with N shards splits the range
 * 0 … 2^128 − 1 evenly: shard i starts at floor(i · 2^128 / N) and ends where shard i + 1 starts.
 * https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html (partition key, hash key range)
 */
import { md5Hex } from '../../aws/md5.ts'

const HASH_SPACE = 1n << 128n

/** Where a partition key goes: its shard, and a hash that picks one of the shard's concurrent lanes. */
export interface Route {
  readonly shard: number
  readonly laneHash: number
}

export interface HashKeyRange {
  /** Decimal, as DescribeStream shows `HashKeyRange.StartingHashKey` and `EndingHashKey`. */
  readonly startingHashKey: string
  readonly endingHashKey: string
}

const startOf = (shard: number, shards: number): bigint => (BigInt(shard) * HASH_SPACE) / BigInt(shards)

/** The hash key ranges of a stream created with `shards` shards, in shard order. */
export function hashKeyRanges(shards: number): HashKeyRange[] {
  return Array.from({ length: shards }, (_, i) => ({
    startingHashKey: startOf(i, shards).toString(),
    endingHashKey: (startOf(i + 1, shards) - 1n).toString(),
  }))
}

/** The shard whose range holds `hash`: the last one starting at or below it. */
function shardOfHash(hash: bigint, shards: number): number {
  const estimate = Number((hash * BigInt(shards)) / HASH_SPACE)
  // The estimate can fall one short where a range's start was rounded down.
  return estimate + 1 < shards && startOf(estimate + 1, shards) <= hash ? estimate + 1 : estimate
}

/** The route of a partition key; `laneHash` is the low 32 bits of the same MD5, independent of the shard. */
function routeOf(partitionKey: string, shards: number): Route {
  const hex = md5Hex(partitionKey)
  return { shard: shardOfHash(BigInt(`0x${hex}`), shards), laneHash: Number.parseInt(hex.slice(24), 16) }
}

/** Partition keys seen lately, so a stream hashes each key once (keys cycle through `KeyCount`); bounded, so memory stays flat. */
const ROUTE_CACHE_ENTRIES = 10_000

export class RouteCache {
  private readonly routes = new Map<string, Route>()

  constructor(private readonly shards: number) {}

  routeOf(partitionKey: string): Route {
    const cached = this.routes.get(partitionKey)
    if (cached) return cached
    const route = routeOf(partitionKey, this.shards)
    if (this.routes.size < ROUTE_CACHE_ENTRIES) this.routes.set(partitionKey, route)
    return route
  }
}
