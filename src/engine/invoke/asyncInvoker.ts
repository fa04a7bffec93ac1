import { deliver, deliverDeadLetter, type Delivery } from '../delivery/deliver.ts'
import { invocationRecord, type RecordCondition } from '../delivery/records.ts'
import { asyncRequestId } from '../logs/requestIds.ts'
import {
  ASYNC_ERROR_RETRY_DELAYS_MS, ASYNC_THROTTLE_BACKOFF_MAX_MS, ASYNC_THROTTLE_BACKOFF_MIN_MS,
  ACCOUNT_ID, DLQ_ERROR_MESSAGE_MAX_BYTES, STATUS_THROTTLED,
} from '../facts.ts'
import type { World } from '../world.ts'
import { admit } from './admission.ts'
import type { AsyncEvent } from './asyncEvent.ts'
import { startInvocation } from './execution.ts'
import { type Invocation } from './invocation.ts'
import { executedVersion, invokedArn, type TargetRef } from './targets.ts'
import { THROTTLE_REASONS } from '../trace.ts'
import { recordThrottle } from './throttle.ts'
import { truncateUtf8 } from '../traffic/payloadSize.ts'
import { RECURSIVE_INVOCATION_ERROR, STOPPED_CHAIN, recursionStops } from '../sources/recursion.ts'

/**
 * Lambda's asynchronous path [D-async-err]: the event is queued (202), then attempted. A throttle
 * sends it back to the queue with exponential backoff from 1 s to 5 minutes until its maximum age;
 * a function error is retried `MaximumRetryAttempts` times, about 1 and 2 minutes apart; what
 * still fails goes to the on-failure destination and the dead-letter queue.
 */
export function receiveAsync(world: World, target: TargetRef, payload: unknown, payloadBytes: number, chainDepth = 1): void {
  const fn = target.fn
  const event: AsyncEvent = {
    kind: 'async', serial: world.asyncSerial++, fn, target, payload, payloadBytes,
    receivedAtMs: world.nowMs, chainDepth, attempts: 0, throttledTries: 0, lastError: null, lastExecutedVersion: null,
  }
  fn.metrics.asyncReceived(world.nowMs)
  fn.asyncQueued++
  attemptAsync(world, event)
}

export function attemptAsync(world: World, event: AsyncEvent): void {
  const fn = event.fn
  const ageMs = world.nowMs - event.receivedAtMs
  // Compared with the deadline `requeue` schedules, not as an age: now − received can round to just
  // under the maximum at that very deadline, and the event would be requeued at the same instant forever.
  if (world.nowMs >= event.receivedAtMs + fn.maxEventAgeMs) {
    giveUp(world, event, 'EventAgeExceeded')
    return
  }
  // Recursive loop detection stops the invocation after ~16 in one chain [D-recursion].
  if (recursionStops(world, fn, event.chainDepth)) {
    event.lastError = RECURSIVE_INVOCATION_ERROR
    giveUp(world, event, 'RetriesExhausted')
    return
  }
  // Reserved concurrency 0: no retries, straight to the DLQ or on-failure destination [D-async-rec].
  if (fn.reserved === 0) {
    recordThrottle(world, fn, 'reserved-concurrency')
    event.lastError = { errorType: 'TooManyRequestsException', errorMessage: `Rate Exceeded. Reason: ${THROTTLE_REASONS['reserved-concurrency']}` }
    giveUp(world, event, 'RetriesExhausted')
    return
  }
  const version = executedVersion(event.target)
  const admitted = admit(world, version, false)
  if (typeof admitted === 'string') {
    recordThrottle(world, fn, admitted)
    const backoffMs = Math.min(ASYNC_THROTTLE_BACKOFF_MAX_MS, ASYNC_THROTTLE_BACKOFF_MIN_MS * 2 ** event.throttledTries)
    event.throttledTries++
    requeue(world, event, backoffMs)
    return
  }
  fn.asyncQueued--
  event.attempts++
  fn.metrics.asyncEventAge(world.nowMs, ageMs)
  startInvocation(world, event.target, version, admitted, event, event.payload, event.chainDepth)
}

/** Back into the queue; an event that would outlive its maximum age comes back at that age and is dropped then. */
function requeue(world: World, event: AsyncEvent, delayMs: number): void {
  const expiresAtMs = event.receivedAtMs + event.fn.maxEventAgeMs
  // An attempt can fail after the maximum age has passed: the event is then due now, never in the past.
  world.queue.push(Math.max(world.nowMs, Math.min(world.nowMs + delayMs, expiresAtMs)), event)
}

/** An attempt finished: deliver its success, retry its failure, or give up. */
export function completeAsyncAttempt(world: World, invocation: Invocation, event: AsyncEvent): void {
  const fn = event.fn
  event.lastExecutedVersion = invocation.version
  if (!invocation.failed) {
    world.ledger.succeeded++
    const response = takeResponse(invocation)
    if (fn.onSuccess) {
      const record = recordDelivery(world, event, invocationRecord(world, event, 'Success', response), true)
      if (!deliver(world, fn.onSuccess, record, event.chainDepth)) fn.metrics.destinationDeliveryFailure(world.nowMs)
    }
    return
  }
  event.lastError = errorOf(invocation)
  const retryDelayMs = ASYNC_ERROR_RETRY_DELAYS_MS[event.attempts - 1]
  if (event.attempts <= fn.maxRetryAttempts && retryDelayMs !== undefined) {
    fn.asyncQueued++
    requeue(world, event, retryDelayMs)
    return
  }
  fn.asyncQueued++
  giveUp(world, event, 'RetriesExhausted')
}

/** A code invocation's result for its destination record, which then frees it; null for modelled ones. */
function takeResponse(invocation: Invocation): unknown {
  const run = invocation.codeRun()
  const payload = run?.payload ?? null
  if (run) run.payload = null
  return payload === null ? null : JSON.parse(payload)
}

function errorOf(invocation: Invocation): { errorType: string; errorMessage: string } {
  const codeError = invocation.codeRun()?.error
  if (codeError) return codeError
  switch (invocation.outcome) {
    case 'timeout':
      return { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${(invocation.timeoutMs / 1000).toFixed(2)} seconds` }
    case 'out-of-memory':
      return { errorType: 'Runtime.OutOfMemory', errorMessage: 'Runtime exited with error: signal: killed' }
    default:
      return { errorType: 'Error', errorMessage: 'Simulated function error' }
  }
}

/** The event leaves the queue unprocessed: counted as dropped, sent to the on-failure destination and the DLQ [D-metrics]. */
function giveUp(world: World, event: AsyncEvent, condition: RecordCondition): void {
  const fn = event.fn
  fn.asyncQueued--
  world.ledger.dropped++
  fn.metrics.asyncDropped(world.nowMs)
  const error = event.lastError ?? { errorType: 'EventAgeExceeded', errorMessage: 'Event age exceeded MaximumEventAgeInSeconds' }
  // A loop that detection stopped goes no further: what it still sends travels on a stopped chain.
  const chainDepth = error === RECURSIVE_INVOCATION_ERROR ? STOPPED_CHAIN : event.chainDepth
  if (fn.onFailure) {
    const record = invocationRecord(world, event, condition, { errorType: error.errorType, errorMessage: error.errorMessage })
    if (!deliver(world, fn.onFailure, recordDelivery(world, event, record, false), chainDepth)) fn.metrics.destinationDeliveryFailure(world.nowMs)
  }
  const throttled = error.errorType === 'TooManyRequestsException'
  deliverDeadLetter(world, fn, {
    body: event.payload ?? null,
    attributes: {
      RequestID: { DataType: 'String', StringValue: asyncRequestId(world.seed, event.serial) },
      ErrorCode: { DataType: 'Number', StringValue: String(throttled ? STATUS_THROTTLED : 200) },
      ErrorMessage: { DataType: 'String', StringValue: truncateUtf8(error.errorMessage, DLQ_ERROR_MESSAGE_MAX_BYTES) },
    },
  }, chainDepth)
}

/** An invocation record as a delivery: EventBridge and S3 destinations name the function and the outcome [D-async-rec]. */
function recordDelivery(world: World, event: AsyncEvent, record: unknown, success: boolean): Delivery {
  const functionArn = invokedArn(world.region, ACCOUNT_ID, event.target)
  return { body: record, invocation: { functionName: event.fn.name, functionArn, success } }
}
