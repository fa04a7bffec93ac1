import { billedDurationMs, recordInvocation } from '../cost/bill.ts'
import { endEnvironment, releaseEnvironment } from '../environments/lifecycle.ts'
import { INIT_LIMIT_MS } from '../facts.ts'
import { removedProvisionedRequestDone } from '../model/provisioned.ts'
import type { VersionState } from '../model/state.ts'
import type { World } from '../world.ts'
import type { Admitted } from './admission.ts'
import type { AsyncEvent } from './asyncEvent.ts'
import { Invocation } from './invocation.ts'
import { resourceCountsOf, type TargetRef } from './targets.ts'

/** Called when an invocation finishes, for the async path to retry or deliver. */
export type AsyncCompletion = (world: World, invocation: Invocation) => void

function countInFlight(world: World, invocation: Invocation, delta: 1 | -1): void {
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

/**
 * Decides what the modelled handler does: its duration (scaled by memory's CPU share), its memory
 * use and its outcome. A timeout wins over an error the handler would have thrown later.
 */
function drawExecution(invocation: Invocation, version: VersionState): void {
  const config = version.config
  let durationMs = version.sampleDurationMs() * version.durationFactor
  if (invocation.suppressedInit) durationMs += invocation.initMs
  invocation.memoryUsedMb = Math.max(1, Math.round(version.sampleMemoryUsedMb()))
  if (invocation.memoryUsedMb > config.memoryMb) {
    invocation.outcome = 'out-of-memory'
    invocation.memoryUsedMb = config.memoryMb
  } else if (config.simulation.errorRate > 0 && version.errorRng.next() < config.simulation.errorRate) {
    invocation.outcome = 'error'
  }
  if (durationMs > invocation.timeoutMs) {
    invocation.outcome = 'timeout'
    durationMs = invocation.timeoutMs
  }
  invocation.durationMs = durationMs
}

function startInvokePhase(world: World, invocation: Invocation): void {
  invocation.phase = 'invoke'
  invocation.environment.enter('busy', world.nowMs)
  drawExecution(invocation, invocation.versionState)
  world.queue.push(world.nowMs + invocation.durationMs, invocation)
}

/** Starts a request in the environment admission found for it. */
export function startInvocation(world: World, target: TargetRef, version: VersionState, admitted: Admitted, asyncEvent: AsyncEvent | null): Invocation {
  const fn = version.fn
  const invocation = new Invocation(world.invocationSerial++, fn, version, admitted.env, world.nowMs, admitted.provisionedRole, asyncEvent, resourceCountsOf(target))
  invocation.countedUnreserved = admitted.provisionedRole !== 'on-provisioned' && fn.reserved === null
  if (admitted.provisionedRole === 'on-provisioned') invocation.provisionedConfig = version.provisioned
  countInFlight(world, invocation, 1)
  fn.metrics.invocationStarted(world.nowMs, version.counts, invocation.resourceCounts, admitted.cold, admitted.provisionedRole)
  if (world.trace) {
    world.trace({ type: 'invocation-start', atMs: world.nowMs, functionName: fn.name, version: version.version,
      environment: admitted.env.serial, cold: admitted.cold, provisioned: admitted.provisionedRole === 'on-provisioned' })
  }
  if (!admitted.cold) {
    startInvokePhase(world, invocation)
    return invocation
  }
  const initMs = version.sampleInitMs()
  invocation.phase = 'init'
  if (initMs > INIT_LIMIT_MS) {
    // The Init phase times out at 10 s; Lambda retries init inside the first invoke [D-runtime-env].
    invocation.suppressedInit = true
    invocation.initMs = initMs
    world.queue.push(world.nowMs + INIT_LIMIT_MS, invocation)
  } else {
    invocation.initMs = initMs
    world.queue.push(world.nowMs + initMs, invocation)
  }
  return invocation
}

/** The invocation's agenda entry fired: its Init phase or its Invoke phase ended. */
export function advanceInvocation(world: World, invocation: Invocation, onAsyncDone: AsyncCompletion): void {
  if (invocation.phase === 'init') {
    startInvokePhase(world, invocation)
    return
  }
  finishInvocation(world, invocation)
  if (invocation.asyncEvent) onAsyncDone(world, invocation)
  else if (invocation.failed) world.ledger.failed++
  else world.ledger.succeeded++
}

function finishInvocation(world: World, invocation: Invocation): void {
  const fn = invocation.fn
  const version = invocation.versionState
  const onProvisioned = invocation.provisionedRole === 'on-provisioned'
  // A suppressed init is already inside Duration; a normal cold start bills its init on top [B-init-billing].
  const billedMs = billedDurationMs(invocation.durationMs, invocation.suppressedInit ? 0 : invocation.initMs)
  recordInvocation(fn.usage, version.billing, billedMs, onProvisioned)
  fn.metrics.invocationEnded(world.nowMs, invocation.startMs, invocation.durationMs, invocation.failed, (billedMs / 1000) * version.billing.memoryGB)
  if (invocation.failed) {
    version.counts.failed(world.nowMs, invocation.startMs)
    invocation.resourceCounts?.failed(world.nowMs, invocation.startMs)
  }
  countInFlight(world, invocation, -1)
  fn.recent[fn.recentNext] = invocation
  fn.recentNext = (fn.recentNext + 1) % fn.recent.length
  if (world.trace) {
    world.trace({ type: 'invocation-end', atMs: world.nowMs, functionName: fn.name, environment: invocation.environment.serial, outcome: invocation.outcome })
  }
  invocation.environment.invocations++
  // A timeout or a crash resets the environment: the next request gets a cold start [D-runtime-env].
  if (invocation.outcome === 'timeout' || invocation.outcome === 'out-of-memory') {
    endEnvironment(world, version, invocation.environment, invocation.outcome)
  } else {
    releaseEnvironment(world, version, invocation.environment)
  }
}
