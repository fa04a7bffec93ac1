import type { InvocationRecord } from '../model/state.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import { logStreamName } from './format.ts'
import { environmentIdFor, requestIdFor } from './ids.ts'

/** Async events number apart from invocations, so their ids never collide. */
const ASYNC_ID_SALT = 0x2545f491

/** An async event's request id: the same for every attempt (retries log the same RequestId). */
export function asyncRequestId(seed: number, asyncSerial: number): string {
  return requestIdFor((seed ^ ASYNC_ID_SALT) >>> 0, asyncSerial)
}

export function requestIdOf(seed: number, record: InvocationRecord): string {
  return record.asyncSerial !== null ? asyncRequestId(seed, record.asyncSerial) : requestIdFor(seed, record.serial)
}

/** The log stream of the environment that served the invocation. */
export function streamOf(seed: number, record: InvocationRecord): string {
  return logStreamName(VIRTUAL_EPOCH_MS, record.environment.createdAtMs, record.version, environmentIdFor(seed, record.environment.serial))
}
