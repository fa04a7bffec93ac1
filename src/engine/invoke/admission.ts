import type { ExecutionEnvironment } from '../environments/environment.ts'
import { createEnvironment } from '../environments/lifecycle.ts'
import { PC_RPS_PER_ENVIRONMENT, RPS_PER_CONCURRENCY } from '../facts.ts'
import type { VersionState } from '../model/state.ts'
import type { ThrottleCause } from '../trace.ts'
import type { World } from '../world.ts'
import type { ProvisionedRole } from './invocation.ts'

export interface Admitted {
  env: ExecutionEnvironment
  /** True when the environment was just created: the request waits for its Init phase. */
  cold: boolean
  provisionedRole: ProvisionedRole
}

/**
 * Concurrency left for on-demand environments. Reserved concurrency is both the function's cap
 * and its guarantee, minus what its provisioned environments claim; functions without it share
 * the unreserved pool (the account limit less every reservation), minus the provisioned
 * environments of functions without reservations [D-reserved], [D-pc], [D-mon-conc].
 */
function onDemandHeadroom(world: World, version: VersionState): number {
  const fn = version.fn
  if (fn.reserved !== null) return fn.reserved - fn.provisionedAllocated - fn.onDemandInFlight
  return world.accountLimit - world.reservedTotal - world.unreservedProvisioned - world.unreservedOnDemandInFlight
}

function provisionedEnvironment(world: World, version: VersionState): ExecutionEnvironment | null {
  const pc = version.provisioned
  if (!pc || pc.status !== 'READY' || version.provisionedPool.idleCount === 0) return null
  // Provisioned concurrency serves at most 10 × its allocation per second, then spills over [D-quotas].
  if (!pc.rps.tryCount(world.nowMs, pc.allocated * PC_RPS_PER_ENVIRONMENT)) return null
  return version.provisionedPool.takeIdle()
}

function scalingPermit(world: World, version: VersionState): boolean {
  const bucket = world.legacyScaling ?? version.fn.scaling
  return bucket.tryTake(world.nowMs)
}

/**
 * Finds the environment a request runs in, or the limit that throttles it, in Lambda's order:
 * reserved concurrency of 0, the account's requests-per-second cap (synchronous requests), the
 * function's and the account's concurrency caps, provisioned concurrency, on-demand concurrency,
 * a warm environment, and last the scaling rate
 * for a new one.
 */
export function admit(world: World, version: VersionState, synchronous: boolean): Admitted | ThrottleCause {
  const fn = version.fn
  if (fn.reserved === 0) return 'reserved-concurrency'
  if (synchronous && !world.rps.tryCount(world.nowMs, world.accountLimit * RPS_PER_CONCURRENCY)) return 'account-rps'
  // Reserved concurrency caps every request of the function, provisioned ones included, and the
  // account limit caps all of them. The pools keep to both in steady state; this holds them while an
  // allocation completes or a reservation changes under requests already running.
  if (fn.reserved !== null && fn.inFlight >= fn.reserved) return 'reserved-concurrency'
  if (world.accountInFlight >= world.accountLimit) return 'account-concurrency'
  const provisioned = provisionedEnvironment(world, version)
  if (provisioned) return { env: provisioned, cold: false, provisionedRole: 'on-provisioned' }
  const provisionedRole = version.provisioned?.status === 'READY' ? 'spillover' : 'none'
  if (onDemandHeadroom(world, version) <= 0) return fn.reserved !== null ? 'reserved-concurrency' : 'account-concurrency'
  const warm = version.onDemand.takeIdle()
  if (warm) return { env: warm, cold: false, provisionedRole }
  if (!scalingPermit(world, version)) return 'scaling-rate'
  return { env: createEnvironment(world, version, false), cold: true, provisionedRole }
}
