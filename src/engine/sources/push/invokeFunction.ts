/**
 * How S3, SNS, EventBridge and Lambda's own destinations invoke a function: asynchronously, through
 * Lambda's internal queue with its retries, destinations and dead-letter queue [D-async-err], one
 * step further down the sender's chain of requests [D-recursion].
 */
import { receiveAsync } from '../../invoke/asyncInvoker.ts'
import type { TargetRef } from '../../invoke/targets.ts'
import type { World } from '../../world.ts'
import { isStoppedChain } from '../recursion.ts'

/**
 * An asynchronous Invoke by a service, on behalf of a sender at `chainDepth` (0 outside any
 * invocation). What a stopped chain still sends invokes nothing.
 */
export function invokeFromService(world: World, target: TargetRef, event: unknown, chainDepth: number): void {
  if (isStoppedChain(chainDepth)) return
  world.ledger.received++
  // The services' events stay far below the 1 MB async limit, so their size is not measured:
  // a modelled function never needs its event as JSON.
  receiveAsync(world, target, event, 0, chainDepth + 1)
}
