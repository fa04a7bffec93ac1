import type { InvocationRecord } from '../model/state.ts'
import { requestIdFor } from './ids.ts'

/** Async events number apart from invocations, so their ids never collide. */
const ASYNC_ID_SALT = 0x2545f491

/** An async event's request id: the same for every attempt (retries log the same RequestId). */
export function asyncRequestId(seed: number, asyncSerial: number): string {
  return requestIdFor((seed ^ ASYNC_ID_SALT) >>> 0, asyncSerial)
}

export function requestIdOf(seed: number, record: InvocationRecord): string {
  return record.asyncEvent ? asyncRequestId(seed, record.asyncEvent.serial) : requestIdFor(seed, record.serial)
}
