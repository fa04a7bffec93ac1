import {
  ASYNC_PAYLOAD_MAX_BYTES, STATUS_DRY_RUN, STATUS_EVENT, STATUS_REQUEST_RESPONSE, STATUS_THROTTLED, STATUS_TOO_LARGE,
  SYNC_PAYLOAD_MAX_BYTES,
} from '../facts.ts'
import type { InvocationType } from '../scenario/types.ts'
import type { World } from '../world.ts'
import { admit } from './admission.ts'
import { receiveAsync } from './asyncInvoker.ts'
import { startInvocation } from './execution.ts'
import type { Invocation } from './invocation.ts'
import { executedVersion, type TargetRef } from './targets.ts'
import { recordThrottle } from './throttle.ts'

/** The Invoke API's immediate answer: 200 (the result follows when the invocation ends), 202, 204, 413 or 429 [API]. */
export type InvokeStatus = 200 | 202 | 204 | 413 | 429

/**
 * A synchronous request whose caller follows its invocation to the end (the Invoke API's result
 * store; a handler's SDK Invoke, at its `chainDepth`): exactly `request(..., 'RequestResponse', ...)`,
 * but returning the invocation it started instead of 200; else 413 or 429.
 */
export function requestFollowed(world: World, target: TargetRef, payload: unknown, payloadBytes: number, chainDepth: number): Invocation | 413 | 429 {
  world.ledger.received++
  return startRequestResponse(world, target, payload, payloadBytes, chainDepth)
}

function startRequestResponse(world: World, target: TargetRef, payload: unknown, payloadBytes: number, chainDepth: number): Invocation | 413 | 429 {
  if (payloadBytes > SYNC_PAYLOAD_MAX_BYTES) {
    world.ledger.rejected++
    return STATUS_TOO_LARGE
  }
  const version = executedVersion(target)
  const admitted = admit(world, version, true)
  if (typeof admitted === 'string') {
    recordThrottle(world, target.fn, admitted)
    world.ledger.throttled++
    return STATUS_THROTTLED
  }
  return startInvocation(world, target, version, admitted, null, payload, chainDepth)
}

/** One call of the Invoke API at the current virtual time. */
export function request(world: World, target: TargetRef, invocationType: InvocationType, payload: unknown, payloadBytes: number): InvokeStatus {
  world.ledger.received++
  switch (invocationType) {
    case 'DryRun':
      // Validates the request; the function does not run [API].
      world.ledger.dryRuns++
      return STATUS_DRY_RUN
    case 'Event':
      if (payloadBytes > ASYNC_PAYLOAD_MAX_BYTES) {
        world.ledger.rejected++
        return STATUS_TOO_LARGE
      }
      receiveAsync(world, target, payload, payloadBytes)
      return STATUS_EVENT
    case 'RequestResponse': {
      const started = startRequestResponse(world, target, payload, payloadBytes, 1)
      return typeof started === 'number' ? started : STATUS_REQUEST_RESPONSE
    }
    default: {
      const unknown: never = invocationType
      throw new Error(`Unknown InvocationType ${String(unknown)}`)
    }
  }
}
