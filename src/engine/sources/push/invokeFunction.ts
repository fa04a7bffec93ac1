/**
 * How S3, SNS, EventBridge and Lambda's own destinations invoke a function: asynchronously, through
 * Lambda's internal queue with its retries, destinations and dead-letter queue [D-async-err], one
 * step further down the sender's chain of requests [D-recursion].
 */
import { receiveAsync } from '../../invoke/asyncInvoker.ts'
import type { TargetRef } from '../../invoke/targets.ts'
import type { World } from '../../world.ts'
import { isStoppedChain, recursionStops } from '../recursion.ts'

/**
 * An asynchronous Invoke by a service, on behalf of a sender at `chainDepth` (0 outside any
 * invocation): true when Lambda queued the event (202). What a stopped chain still sends is refused
 * instead (RecursiveInvocationException, counted in the function's RecursiveInvocationsDropped
 * unless it is `Allow`ed [D-recursion] §8, and in the ledger as a rejected request): false, and the
 * sender records the event as dropped for `RecursiveLoop`. Refusing it before the queue, rather
 * than queueing and stopping it, keeps its records off a loop of destinations that would never end.
 */
export function invokeFromService(world: World, target: TargetRef, event: unknown, chainDepth: number): boolean {
  world.ledger.received++
  if (isStoppedChain(chainDepth) && recursionStops(world, target.fn, chainDepth)) {
    world.ledger.rejected++
    return false
  }
  // The services' events stay far below the 1 MB async limit, so their size is not measured:
  // a modelled function never needs its event as JSON.
  receiveAsync(world, target, event, 0, chainDepth + 1)
  return true
}
