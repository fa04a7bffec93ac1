import type { FunctionState } from '../model/state.ts'
import type { ThrottleCause } from '../trace.ts'
import type { World } from '../world.ts'

/** A request refused with 429 TooManyRequestsException: counted in Throttles, never in Invocations [D-metrics]. */
export function recordThrottle(world: World, fn: FunctionState, cause: ThrottleCause): void {
  fn.metrics.throttled(world.nowMs)
  world.accountMetrics.throttled(world.nowMs)
  if (world.trace) world.trace({ type: 'throttle', atMs: world.nowMs, functionName: fn.name, cause })
}
