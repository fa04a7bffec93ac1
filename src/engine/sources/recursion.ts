/**
 * Recursive loop detection [D-recursion] §8: one rule for every path that invokes a function with
 * the chain of requests behind it (asynchronous invokes, SNS, S3 notifications, SQS event source
 * mappings, synchronous Lambda-to-Lambda calls). After about 16 invocations in one chain, Lambda
 * stops the next one and counts it in `RecursiveInvocationsDropped`; a function configured with
 * `RecursiveLoop: Allow` is never stopped and emits no such metric.
 *
 * The chain is counted as one number (`chainDepth`: invocations so far, the caller included), so a
 * loop through two functions is stopped at its 17th invocation in all, not each function's 17th.
 * What a stopped invocation still sends (its on-failure record, its dead-letter message) travels on
 * a stopped chain: every invocation it reaches is stopped too, so a loop of destinations ends there.
 * None of it vanishes: an event source mapping gets RecursiveInvocationException and the message
 * stays in its queue until the redrive policy or the retention period takes it [D-recursion] §8; a
 * service's asynchronous invoke (SNS, S3, a Lambda destination) is refused before it is queued and
 * counted in the function's RecursiveInvocationsDropped, the request ledger (`rejected`) and, by the
 * sender, under the drop reason `RecursiveLoop` (push/invokeFunction.ts).
 */
import { RECURSIVE_LOOP_INVOCATIONS } from '../facts.ts'
import type { FunctionState } from '../model/state.ts'
import type { World } from '../world.ts'

/** What the invoking service is told when the invocation is stopped [API] (400 RecursiveInvocationException). */
export const RECURSIVE_INVOCATION_ERROR = {
  errorType: 'RecursiveInvocationException',
  errorMessage: 'Lambda detected that this function is part of a recursive loop and stopped the invocation',
} as const

/** The chain depth of messages sent on behalf of a stopped invocation. */
export const STOPPED_CHAIN = Number.POSITIVE_INFINITY

/** Whether a message travels on a stopped chain: whatever it reaches, no function is invoked for it. */
export const isStoppedChain = (chainDepth: number): boolean => chainDepth === STOPPED_CHAIN

/**
 * Whether loop detection stops an invocation of `fn` that would be the `chainDepth`-th of its chain;
 * when it does, the function's RecursiveInvocationsDropped is counted.
 */
export function recursionStops(world: World, fn: FunctionState, chainDepth: number): boolean {
  if (chainDepth <= RECURSIVE_LOOP_INVOCATIONS) return false
  // With Allow the metric is not emitted [D-recursion]; only a chain already stopped stays stopped.
  if (fn.recursiveLoop === 'Allow') return isStoppedChain(chainDepth)
  fn.metrics.recursiveInvocationDropped(world.nowMs)
  return true
}

/** The drop reason a sender records for an event Lambda refused because its chain was stopped. */
export const RECURSIVE_LOOP_DROP = 'RecursiveLoop'
