/**
 * Writes to a DynamoDB table, whoever makes them (a handler's PutItem or DeleteItem, `Table:<name>`
 * traffic), and the stream record each one adds when the table's stream is enabled: INSERT for a new
 * item, MODIFY for a changed one, REMOVE for a deleted one, keyed by the item's primary key so the
 * records of one item stay in order [G-ddb]. A write that changes nothing adds no record.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html
 */
import { primaryKey } from '../../aws/dynamodbItems.ts'
import { awsError } from '../../aws/errors.ts'
import { DYNAMODB_ITEM_MAX_BYTES } from '../../aws/limits.ts'
import type { StoredItem, TableState } from '../../aws/state.ts'
import { bytesAfterWrite } from '../../aws/storeRoom.ts'
import type { JsonObject } from '../../scenario/check.ts'
import { utf8Length } from '../../traffic/payloadSize.ts'
import type { World } from '../../world.ts'
import { appendRecord } from './appendRecord.ts'
import type { TableChange } from './streamTypes.ts'

/** The item's key attributes alone, as a record's `Keys`. */
function keysJsonOf(table: TableState, item: JsonObject): string {
  const keys: Record<string, unknown> = { [table.hashKey]: item[table.hashKey] }
  if (table.rangeKey !== null) keys[table.rangeKey] = item[table.rangeKey]
  return JSON.stringify(keys)
}

function recordWrite(world: World, table: TableState, key: string, keysJson: string, oldJson: string | null, newJson: string | null): void {
  const stream = world.streams?.tables.get(table.name)
  if (stream === undefined || oldJson === newJson) return
  const eventName: TableChange['eventName'] = oldJson === null ? 'INSERT' : newJson === null ? 'REMOVE' : 'MODIFY'
  const change: TableChange = { eventName, keysJson, oldJson, newJson }
  appendRecord(world, stream, key, undefined, change, utf8Length(newJson ?? oldJson ?? ''))
}

/**
 * Stores `item` (attribute values already checked) as PutItem does, replacing any item with its key;
 * returns the item it replaced. Throws DynamoDB's ValidationException for an item over 400 KB, and
 * the simulator's SimulationLimitExceeded for a full table.
 */
export function putTableItem(world: World, table: TableState, item: JsonObject): StoredItem | undefined {
  const key = primaryKey(table, item, 'item')
  const json = JSON.stringify(item)
  // The JSON text's length stands for DynamoDB's size (names plus values): close, and never smaller.
  const bytes = utf8Length(json)
  if (bytes > DYNAMODB_ITEM_MAX_BYTES) throw awsError('dynamodb', 'ValidationException', 'Item size has exceeded the maximum allowed size')
  const previous = table.items.get(key)
  const total = bytesAfterWrite(table, table.items, key, bytes, 'dynamodb', { entries: 'items', container: 'table', aws: 'DynamoDB' })
  table.items.set(key, { json, bytes })
  table.bytes = total
  recordWrite(world, table, key, keysJsonOf(table, item), previous?.json ?? null, json)
  return previous
}

/** Deletes the item with key attributes `keyAttributes` (checked), as DeleteItem does; returns it, or undefined when there was none. */
export function deleteTableItem(world: World, table: TableState, keyAttributes: JsonObject): StoredItem | undefined {
  const key = primaryKey(table, keyAttributes, 'key')
  const previous = table.items.get(key)
  if (previous === undefined) return undefined
  table.items.delete(key)
  table.bytes -= previous.bytes
  recordWrite(world, table, key, JSON.stringify(keyAttributes), previous.json, null)
  return previous
}
