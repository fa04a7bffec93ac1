import type { Scenario } from '../scenario/types.ts'
import { DEFAULT_EVENT_BUS } from './limits.ts'

/** One S3 object: the body is kept as text (the SDK modules send strings). */
export interface StoredObject {
  readonly body: string
  readonly bytes: number
  /** The quoted MD5 of the body, as S3 computes it for a single-part upload. */
  readonly eTag: string
  readonly contentType: string
  readonly lastModifiedMs: number
}

export interface BucketState {
  readonly name: string
  readonly objects: Map<string, StoredObject>
  /** Sum of the objects' bytes, for the storage bound. */
  bytes: number
}

/** One DynamoDB item, kept as its JSON text: a copy nobody can mutate, whose length is its size. */
export interface StoredItem {
  readonly json: string
  readonly bytes: number
}

export interface TableState {
  readonly name: string
  readonly hashKey: string
  readonly rangeKey: string | null
  /** Items by their primary key's canonical text (see dynamodbItems.ts). */
  readonly items: Map<string, StoredItem>
  bytes: number
}

export interface EventBusState {
  readonly name: string
  eventsPut: number
  /** The latest events, newest last, for the UI (bounded like a queue's recent messages). */
  readonly recent: unknown[]
}

/** The simulated account's data stores, and the counter its ids are drawn from. */
export interface AwsState {
  readonly buckets: Map<string, BucketState>
  readonly tables: Map<string, TableState>
  readonly eventBuses: Map<string, EventBusState>
  /** Message, event and sequence ids issued so far. */
  idSerial: number
}

function eventBus(name: string): EventBusState {
  return { name, eventsPut: 0, recent: [] }
}

/** The buckets, tables and event buses a validated scenario names, empty, at time 0. */
export function createAwsState(scenario: Scenario): AwsState {
  const buses = [DEFAULT_EVENT_BUS, ...(scenario.EventBuses ?? []).map((b) => b.Name)]
  return {
    buckets: new Map((scenario.Buckets ?? []).map((b) => [b.BucketName, { name: b.BucketName, objects: new Map(), bytes: 0 }])),
    tables: new Map((scenario.Tables ?? []).map((t) => {
      const hash = t.KeySchema.find((k) => k.KeyType === 'HASH')
      const range = t.KeySchema.find((k) => k.KeyType === 'RANGE')
      const table: TableState = {
        name: t.TableName, hashKey: hash?.AttributeName ?? '', rangeKey: range?.AttributeName ?? null, items: new Map(), bytes: 0,
      }
      return [t.TableName, table]
    })),
    eventBuses: new Map(buses.map((name) => [name, eventBus(name)])),
    idSerial: 0,
  }
}
