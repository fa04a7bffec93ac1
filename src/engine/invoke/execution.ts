import { billedDurationMs, recordInvocation } from '../cost/bill.ts'
import { endEnvironment, releaseEnvironment } from '../environments/lifecycle.ts'
import { INIT_LIMIT_MS } from '../facts.ts'
import type { VersionState } from '../model/state.ts'
import type { World } from '../world.ts'
import type { Admitted } from './admission.ts'
import type { AsyncEvent } from './asyncEvent.ts'
import { startCodeInvocation } from './codeExecution.ts'
import { beginInvocation, countInFlight } from './inFlight.ts'
import { Invocation } from './invocation.ts'
import { notifySyncWatcher } from './syncWatchers.ts'
import { resourceCountsOf, type TargetRef } from './targets.ts'

/** Called when an invocation of an async event finishes, for the async path to retry or deliver. */
export type AsyncCompletion = (world: World, invocation: Invocation, event: AsyncEvent) => void

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

/**
 * A modelled invocation's object, built in a function of its own: the paths that start invocations
 * are deep (an SNS fan-out, an async attempt), and a constructor the optimizing compiler leaves
 * out of line there is called through V8's generic construct stub, several times the cost of a call.
 */
function newInvocation(world: World, target: TargetRef, version: VersionState, admitted: Admitted, asyncEvent: AsyncEvent | null): Invocation {
  return new Invocation(world.invocationSerial++, version.fn, version, admitted.env, world.nowMs, admitted.provisionedRole, asyncEvent, resourceCountsOf(target))
}

/**
 * Starts a request in the environment admission found for it. A version with code runs it (the one
 * branch between the two paths); `payload` and `chainDepth` are only its code's to read.
 */
export function startInvocation(
  world: World, target: TargetRef, version: VersionState, admitted: Admitted, asyncEvent: AsyncEvent | null, payload: unknown, chainDepth: number,
): Invocation {
  if (version.code !== null) return startCodeInvocation(world, target, version, version.code, admitted, asyncEvent, payload, chainDepth)
  const invocation = newInvocation(world, target, version, admitted, asyncEvent)
  beginInvocation(world, invocation, admitted)
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

/** The invocation's agenda entry fired: its Init phase or its Invoke phase ended (code invocations: only the latter). */
export function advanceInvocation(world: World, invocation: Invocation, onAsyncDone: AsyncCompletion): void {
  if (invocation.phase === 'init') {
    startInvokePhase(world, invocation)
    return
  }
  finishInvocation(world, invocation)
  const event = invocation.asyncEvent
  if (event !== null) {
    invocation.asyncEvent = null
    onAsyncDone(world, invocation, event)
    return
  }
  if (invocation.failed) world.ledger.failed++
  else world.ledger.succeeded++
  notifySyncWatcher(world, invocation)
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
  fn.recent.add(invocation)
  if (world.trace) {
    world.trace({ type: 'invocation-end', atMs: world.nowMs, functionName: fn.name, environment: invocation.environment.serial, outcome: invocation.outcome })
  }
  invocation.environment.invocations++
  // A timeout, a crash or a failed init resets the environment: the next request gets a cold start [D-runtime-env].
  const outcome = invocation.outcome
  if (outcome === 'success' || outcome === 'error') releaseEnvironment(world, version, invocation.environment)
  else endEnvironment(world, version, invocation.environment, outcome === 'init-error' ? 'init-failed' : outcome)
}
