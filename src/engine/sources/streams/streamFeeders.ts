/**
 * `Stream:<name>` and `Table:<name>` traffic. Arrivals cycle through `Request.KeyCount` keys
 * (`key-1`, `key-2`, ...; `Request.Key` with `{n}` names them otherwise):
 * - a stream arrival is a producer's PutRecord with that partition key, its data the arrival's
 *   payload (a string as it is, anything else as its JSON);
 * - a table arrival is a write to the item with that key: `Request.EventName` `INSERT` or `MODIFY`
 *   puts the item (the payload's fields as its attributes), `REMOVE` deletes it. The stream record
 *   says what the write did: INSERT for a new item, MODIFY for an existing one, none for removing
 *   an item that is not there. A table with a sort key gets the same value in both keys.
 */
import { AwsError } from '../../aws/errors.ts'
import { isObject, type JsonObject } from '../../scenario/check.ts'
import { payloadBytes, utf8Length } from '../../traffic/payloadSize.ts'
import type { World } from '../../world.ts'
import type { Arrival } from '../feeders.ts'
import { appendRecord } from './appendRecord.ts'
import type { Route } from './hashKeys.ts'
import type { StreamState } from './streamTypes.ts'
import { deleteTableItem, putTableItem } from './tableWrites.ts'

/** What a Traffic entry's feeder keeps between arrivals: its keys, made once each, and its payload's size. */
interface Memo {
  readonly keys: string[]
  payload: unknown
  bytes: number
  /**
   * A stream entry's stream, looked up at its first arrival (undefined when there is none; null
   * before), and where each of its keys goes in it: a busy entry writes thousands of records a second.
   */
  stream: StreamState | undefined | null
  readonly routes: Route[]
}

function memoOf(arrival: Arrival): Memo {
  const memo = arrival.traffic.memo as Memo | null
  if (memo !== null) return memo
  const created: Memo = { keys: [], payload: undefined, bytes: -1, stream: null, routes: [] }
  arrival.traffic.memo = created
  return created
}

/** Which of the entry's keys the arrival uses: 0 for `key-1`, 1 for `key-2`, ... */
function keyIndex(arrival: Arrival): number {
  return (arrival.n - 1) % (arrival.traffic.request.KeyCount ?? 1)
}

function keyAt(arrival: Arrival, index: number): string {
  return (memoOf(arrival).keys[index] ??= (arrival.traffic.request.Key ?? 'key-{n}').replaceAll('{n}', String(index + 1)))
}

const cycledKey = (arrival: Arrival): string => keyAt(arrival, keyIndex(arrival))

/** The data's bytes, measured once for the entry's own payload (a replay line's is measured each time). */
function dataBytes(arrival: Arrival): number {
  const memo = memoOf(arrival)
  const payload = arrival.payload
  if (memo.bytes >= 0 && memo.payload === payload) return memo.bytes
  memo.payload = payload
  memo.bytes = typeof payload === 'string' ? utf8Length(payload) : payloadBytes(payload)
  return memo.bytes
}

export function feedStream(world: World, name: string, arrival: Arrival): void {
  const memo = memoOf(arrival)
  if (memo.stream === null) memo.stream = world.streams?.kinesis.get(name)
  const stream = memo.stream
  if (stream === undefined) return
  const index = keyIndex(arrival)
  const key = keyAt(arrival, index)
  const route = (memo.routes[index] ??= stream.routes.routeOf(key))
  appendRecord(world, stream, key, arrival.payload, null, dataBytes(arrival), route)
}

/** A JSON value as a DynamoDB attribute value: strings S, numbers N, booleans BOOL, null NULL, arrays L, objects M. */
function attributeOf(value: unknown): JsonObject {
  if (typeof value === 'string') return { S: value }
  if (typeof value === 'number') return { N: String(value) }
  if (typeof value === 'boolean') return { BOOL: value }
  if (Array.isArray(value)) return { L: value.map(attributeOf) }
  if (isObject(value)) return { M: attributesOf(value) }
  return { NULL: true }
}

function attributesOf(value: JsonObject): Record<string, JsonObject> {
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, attributeOf(v)]))
}

export function feedTable(world: World, name: string, arrival: Arrival): void {
  const table = world.aws.tables.get(name)
  if (table === undefined) return
  const key = { S: cycledKey(arrival) }
  const keys: Record<string, JsonObject> = { [table.hashKey]: key }
  if (table.rangeKey !== null) keys[table.rangeKey] = key
  try {
    if (arrival.traffic.request.EventName === 'REMOVE') deleteTableItem(world, table, keys)
    else putTableItem(world, table, { ...(isObject(arrival.payload) ? attributesOf(arrival.payload) : {}), ...keys })
  } catch (error) {
    // A write DynamoDB refuses (an item over 400 KB, a full table) adds nothing to the stream.
    if (!(error instanceof AwsError)) throw error
  }
}
