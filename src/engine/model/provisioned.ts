import { pcMeteredSeconds, recordProvisionedConcurrency } from '../cost/bill.ts'
import { PerSecondCounter } from '../concurrency/tokenBucket.ts'
import type { ExecutionEnvironment } from '../environments/environment.ts'
import { createEnvironment, endEnvironment, retireAll } from '../environments/lifecycle.ts'
import {
  LEGACY_BURST_BY_REGION, LEGACY_BURST_OTHER_REGIONS, LEGACY_PC_ALLOCATION_PER_MINUTE, PC_ALLOCATION_PER_MINUTE, PC_INIT_LIMIT_MS,
} from '../facts.ts'
import { attachCode, provisionedInitMs, runInit } from '../invoke/codeInit.ts'
import { CodeLog } from '../runtime/codeLog.ts'
import type { ProvisionedInitDone, World } from '../world.ts'
import type { FunctionState, ProvisionedState, VersionState } from './state.ts'

/**
 * Time to allocate `count` environments after the preparation delay: 6,000 per minute per function
 * today; under the legacy model up to the Regional burst at once, then 500 per minute [D-pc], [G-pc].
 */
export function allocationMs(world: World, count: number): number {
  if (world.scalingModel === 'per-function') return (count / PC_ALLOCATION_PER_MINUTE) * 60_000
  const burst = LEGACY_BURST_BY_REGION[world.region] ?? LEGACY_BURST_OTHER_REGIONS
  return (Math.max(0, count - burst) / LEGACY_PC_ALLOCATION_PER_MINUTE) * 60_000
}

function claim(world: World, fn: FunctionState, delta: number): void {
  fn.provisionedAllocated += delta
  if (fn.reserved === null) world.unreservedProvisioned += delta
}

/**
 * Requests provisioned concurrency on a version. Configured in the scenario it is ready at the
 * start; configured during a run it is IN_PROGRESS with nothing usable until the whole amount is
 * allocated [D-pc].
 */
export function requestProvisioned(world: World, qualifier: string, version: VersionState, count: number, readyNow: boolean): ProvisionedState {
  const state: ProvisionedState = {
    kind: 'provisioned-ready', qualifier, version, requested: count, status: 'IN_PROGRESS', allocated: 0, busy: 0,
    meteredSinceMs: world.nowMs, readyAtMs: world.nowMs, rps: new PerSecondCounter(), cancelled: false,
  }
  version.provisioned = state
  if (readyNow) {
    completeAllocation(world, state)
  } else {
    state.readyAtMs = world.nowMs + world.pcPreparationMs + allocationMs(world, count)
    world.queue.push(state.readyAtMs, state)
  }
  return state
}

/** Every requested environment exists, initialized, at once; each init is billed [D-pc]. */
export function completeAllocation(world: World, state: ProvisionedState): void {
  if (state.cancelled) return
  const version = state.version
  state.status = 'READY'
  state.allocated = state.requested
  claim(world, version.fn, state.allocated)
  for (let i = 0; i < state.requested; i++) {
    const env: ExecutionEnvironment = createEnvironment(world, version, true)
    billProvisionedInit(world, version, provisionedInitMs(version))
    readyProvisioned(world, version, env)
  }
}

/** A replacement provisioned environment finished its init (billed even if it never serves a request [D-pc]). */
export function provisionedInitDone(world: World, event: ProvisionedInitDone): void {
  const { version, env } = event
  billProvisionedInit(world, version, event.initMs)
  if (env.retiring) {
    endEnvironment(world, version, env, env.retiring)
    return
  }
  readyProvisioned(world, version, env)
}

/** The environment waits for requests; with code, once the module's code has run (init logs wait for its first request). */
function readyProvisioned(world: World, version: VersionState, env: ExecutionEnvironment): void {
  const code = version.code
  if (code === null) {
    env.enter('idle', world.nowMs)
    version.provisionedPool.pushIdle(env)
    return
  }
  const codeEnv = attachCode(world, version, env, code)
  const log = new CodeLog()
  const startMs = world.nowMs
  // Provisioned inits may take "130 seconds or the configured function timeout, whichever is higher" [D-runtime-env].
  const limitMs = Math.max(PC_INIT_LIMIT_MS, version.config.timeoutMs)
  runInit(world, code.runtime, codeEnv, { drawnMs: 0, limitMs, sink: log, chainDepth: 1 }, (result) => {
    billProvisionedInit(world, version, world.nowMs - startMs)
    codeEnv.freeze()
    codeEnv.pendingInitLog = log
    if (env.retiring) endEnvironment(world, version, env, env.retiring)
    // Not replaced (lifecycle.ts): it would fail again at once. Requests spill over to on-demand environments.
    else if (!result.ok) endEnvironment(world, version, env, 'init-failed')
    else {
      env.enter('idle', world.nowMs)
      version.provisionedPool.pushIdle(env)
    }
  })
}

function billProvisionedInit(world: World, version: VersionState, initMs: number): void {
  const gbSeconds = (Math.ceil(initMs) / 1000) * version.billing.memoryGB
  version.fn.usage.provisionedExecutionGBSeconds[version.billing.architecture] += gbSeconds
  version.fn.metrics.billedOutsideInvocations(world.nowMs, gbSeconds)
}

/** A request on an environment of a removed configuration finished: the unit its environment kept is released. */
export function removedProvisionedRequestDone(world: World, state: ProvisionedState): void {
  if (state.status === 'READY') claim(world, state.version.fn, -1)
}

/** Bills the configuration's metered time up to now (5-minute increments) [P-pricing]. */
export function meterProvisioned(state: ProvisionedState, nowMs: number, usage: FunctionState['usage']): void {
  recordProvisionedConcurrency(usage, state.version.billing, state.requested, pcMeteredSeconds(state.meteredSinceMs, nowMs))
}

/**
 * Removes the configuration: provisioned environments end (busy ones after their request) and its
 * claim is released, except for the environments still serving a request: those keep their unit
 * until the request finishes, or the account and the reservation would admit more than their limits.
 */
export function removeProvisioned(world: World, state: ProvisionedState): void {
  const version = state.version
  state.cancelled = true
  meterProvisioned(state, world.nowMs, version.fn.usage)
  if (state.status === 'READY') claim(world, version.fn, -(state.allocated - state.busy))
  version.provisioned = null
  retireAll(world, version, version.provisionedPool, 'deallocated')
}

