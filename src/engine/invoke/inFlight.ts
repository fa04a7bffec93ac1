import { removedProvisionedRequestDone } from '../model/provisioned.ts'
import type { World } from '../world.ts'
import type { Admitted } from './admission.ts'
import type { Invocation } from './invocation.ts'

/** Counts a request in or out of flight, in the function's, the account's and provisioned concurrency's figures. */
export function countInFlight(world: World, invocation: Invocation, delta: 1 | -1): void {
  const fn = invocation.fn
  fn.inFlight += delta
  world.accountInFlight += delta
  if (invocation.provisionedRole === 'on-provisioned') {
    const pc = invocation.provisionedConfig
    if (pc) {
      pc.busy += delta
      if (!pc.cancelled) fn.metrics.provisionedBusy(world.nowMs, pc.busy, pc.allocated)
      else if (delta < 0) removedProvisionedRequestDone(world, pc)
    }
  } else {
    fn.onDemandInFlight += delta
    if (invocation.countedUnreserved) world.unreservedOnDemandInFlight += delta
  }
  fn.metrics.inFlight(world.nowMs, fn.inFlight)
  world.accountMetrics.levels(world.nowMs, world.accountInFlight, world.unreservedOnDemandInFlight,
    world.unreservedOnDemandInFlight + world.reservedTotal + world.unreservedProvisioned)
}

/** What every invocation does as it starts, modelled or running code: it is in flight, counted and traced. */
export function beginInvocation(world: World, invocation: Invocation, admitted: Admitted): void {
  const fn = invocation.fn
  const version = invocation.versionState
  invocation.countedUnreserved = admitted.provisionedRole !== 'on-provisioned' && fn.reserved === null
  if (admitted.provisionedRole === 'on-provisioned') invocation.provisionedConfig = version.provisioned
  countInFlight(world, invocation, 1)
  fn.metrics.invocationStarted(world.nowMs, version.counts, invocation.resourceCounts, admitted.cold, admitted.provisionedRole)
  if (world.trace) {
    world.trace({ type: 'invocation-start', atMs: world.nowMs, functionName: fn.name, version: version.version,
      environment: admitted.env.serial, cold: admitted.cold, provisioned: admitted.provisionedRole === 'on-provisioned' })
  }
}
