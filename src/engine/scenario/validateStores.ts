/** The data stores handler code reaches through the SDK: S3 buckets, DynamoDB tables, EventBridge buses. */
import { BUCKET_NAME_PATTERN, EVENT_BUS_NAME_PATTERN, KEY_ATTRIBUTE_NAME_MAX_LENGTH, TABLE_NAME_PATTERN } from '../facts.ts'
import { field, item, type Checker, type Fields, type Raw } from './check.ts'
import type { BucketConfig, EventBusConfig, KeySchemaElement, TableConfig } from './types.ts'

const BUCKET_FIELDS: Fields<BucketConfig> = { BucketName: 'required', NotificationConfiguration: 'optional' }
const TABLE_FIELDS: Fields<TableConfig> = { TableName: 'required', KeySchema: 'required', StreamSpecification: 'optional' }
const KEY_FIELDS: Fields<KeySchemaElement> = { AttributeName: 'required', KeyType: 'required' }
const BUS_FIELDS: Fields<EventBusConfig> = { Name: 'required' }
const KEY_TYPES: readonly KeySchemaElement['KeyType'][] = ['HASH', 'RANGE']

interface StoreKind<T> {
  readonly fields: Fields<T>
  readonly nameField: keyof T & string
  readonly pattern: RegExp
  readonly expected: string
  readonly noun: string
  /** Names that exist without being declared. */
  readonly builtIn?: string
}

const BUCKET: StoreKind<BucketConfig> = {
  fields: BUCKET_FIELDS, nameField: 'BucketName', pattern: BUCKET_NAME_PATTERN, noun: 'bucket',
  expected: '3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit',
}
const TABLE: StoreKind<TableConfig> = {
  fields: TABLE_FIELDS, nameField: 'TableName', pattern: TABLE_NAME_PATTERN, noun: 'table',
  expected: '3 to 255 letters, digits, underscores, hyphens or dots',
}
const EVENT_BUS: StoreKind<EventBusConfig> = {
  fields: BUS_FIELDS, nameField: 'Name', pattern: EVENT_BUS_NAME_PATTERN, noun: 'event bus', builtIn: 'default',
  expected: '1 to 256 letters, digits, dots, hyphens, underscores or slashes',
}

/** Each entry is an object with a valid, unique name; `more` checks the rest of a valid entry. */
function checkStores<T>(c: Checker, value: unknown, at: string, kind: StoreKind<T>, more?: (raw: Raw<T>, at: string) => void): void {
  const names = new Set<string>(kind.builtIn === undefined ? [] : [kind.builtIn])
  c.array(value, at)?.forEach((entry, i) => {
    const storeAt = item(at, i)
    const raw: Raw<T> | undefined = c.object(entry, storeAt, kind.fields)
    if (raw === undefined) return
    const nameAt = field(storeAt, kind.nameField)
    const name = c.string(raw[kind.nameField], nameAt, { pattern: kind.pattern, expected: kind.expected })
    if (name !== undefined && names.has(name)) {
      const why = name === kind.builtIn ? `the ${name} ${kind.noun} always exists` : `names are unique in an account and Region`
      c.report(nameAt, 'duplicate', `There is already a ${kind.noun} named ${name}; ${why}`)
    } else if (name !== undefined) {
      names.add(name)
    }
    more?.(raw, storeAt)
  })
}

/** One HASH key, then at most one RANGE key, on distinct attributes [API_CreateTable]. */
function checkKeySchema(c: Checker, value: unknown, at: string): void {
  const keys = c.array(value, at)
  if (keys === undefined) return
  if (keys.length < 1 || keys.length > 2) {
    c.report(at, 'length', `KeySchema must have 1 or 2 elements, a HASH key and optionally a RANGE key (got ${keys.length})`)
    return
  }
  const seen = new Set<string>()
  keys.forEach((entry, i) => {
    const keyAt = item(at, i)
    const raw = c.object(entry, keyAt, KEY_FIELDS)
    if (raw === undefined) return
    const name = c.string(raw.AttributeName, field(keyAt, 'AttributeName'), { maxLength: KEY_ATTRIBUTE_NAME_MAX_LENGTH })
    if (name === '') c.report(field(keyAt, 'AttributeName'), 'length', 'AttributeName must not be empty')
    const type = c.oneOf(raw.KeyType, field(keyAt, 'KeyType'), KEY_TYPES)
    const expected = i === 0 ? 'HASH' : 'RANGE'
    if (type !== undefined && type !== expected) {
      c.report(field(keyAt, 'KeyType'), 'key-schema', `KeySchema[${i}] must be the ${expected} key: the partition (HASH) key comes first, then an optional sort (RANGE) key`)
    }
    if (name !== undefined && seen.has(name)) c.report(field(keyAt, 'AttributeName'), 'key-schema', `The partition and sort keys must be different attributes (both are ${name})`)
    if (name !== undefined) seen.add(name)
  })
}

export function checkBuckets(c: Checker, value: unknown, at: string): void {
  checkStores(c, value, at, BUCKET)
}

export function checkTables(c: Checker, value: unknown, at: string): void {
  checkStores(c, value, at, TABLE, (raw, tableAt) => checkKeySchema(c, raw.KeySchema, field(tableAt, 'KeySchema')))
}

export function checkEventBuses(c: Checker, value: unknown, at: string): void {
  checkStores(c, value, at, EVENT_BUS)
}
