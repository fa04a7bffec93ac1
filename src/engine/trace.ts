/**
 * Opt-in observations of the engine's decisions, for property tests and debugging. Nothing is
 * built unless a listener is given, so runs without one pay a single branch.
 */
export type TraceEvent =
  | { type: 'invocation-start'; atMs: number; functionName: string; version: string; environment: number; cold: boolean; provisioned: boolean }
  | { type: 'invocation-end'; atMs: number; functionName: string; environment: number; outcome: string }
  | { type: 'throttle'; atMs: number; functionName: string; cause: ThrottleCause }
  | { type: 'environment-end'; atMs: number; functionName: string; environment: number; reason: string }

/** What limit refused a request, and the `TooManyRequestsException` Reason AWS gives for it [API]. */
export type ThrottleCause = 'reserved-concurrency' | 'account-concurrency' | 'account-rps' | 'scaling-rate'

export const THROTTLE_REASONS: Readonly<Record<ThrottleCause, string>> = {
  'reserved-concurrency': 'ReservedFunctionConcurrentInvocationLimitExceeded',
  'account-concurrency': 'ConcurrentInvocationLimitExceeded',
  'account-rps': 'FunctionInvocationRateLimitExceeded',
  'scaling-rate': 'ConcurrentInvocationLimitExceeded',
}
