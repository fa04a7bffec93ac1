import { formatNumber } from '../scenario/describe.ts'
import { awsError } from './errors.ts'
import { STORE_MAX_BYTES, STORE_MAX_ENTRIES } from './limits.ts'

/** A bounded store: a bucket (its objects) or a table (its items), with its running byte total. */
export interface BoundedStore {
  readonly name: string
  readonly bytes: number
}

/**
 * The store's byte total once `key` holds `bytes`, or the simulator's own SimulationLimitExceeded
 * when that passes its entry or byte bound (AWS has none: the bound keeps memory flat).
 */
export function bytesAfterWrite(
  store: BoundedStore, entries: ReadonlyMap<string, { readonly bytes: number }>, key: string, bytes: number,
  service: 's3' | 'dynamodb', what: { entries: string; container: string; aws: string },
): number {
  const previous = entries.get(key)
  const count = entries.size + (previous ? 0 : 1)
  const total = store.bytes - (previous?.bytes ?? 0) + bytes
  if (count > STORE_MAX_ENTRIES || total > STORE_MAX_BYTES) {
    throw awsError(service, 'SimulationLimitExceeded', `Lambda Playground keeps at most ${formatNumber(STORE_MAX_ENTRIES)} ${what.entries} and ` +
      `${STORE_MAX_BYTES / 1024 / 1024} MB per ${what.container}, and ${store.name} is full (${what.aws} itself has no such limit)`)
  }
  return total
}
