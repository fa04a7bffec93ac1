import { provisionedInitMs } from '../invoke/codeInit.ts'
import type { FunctionState, PoolTimer, VersionState } from '../model/state.ts'
import type { World } from '../world.ts'
import { ExecutionEnvironment, type EndReason } from './environment.ts'
import type { EnvironmentPool } from './environmentPool.ts'

function poolOf(version: VersionState, env: ExecutionEnvironment): EnvironmentPool {
  return env.provisioned ? version.provisionedPool : version.onDemand
}

function countEnvironments(world: World, fn: FunctionState, delta: number): void {
  fn.environmentsAlive += delta
  fn.metrics.environmentsAlive(world.nowMs, fn.environmentsAlive)
}

/** A new environment in its Init phase. */
export function createEnvironment(world: World, version: VersionState, provisioned: boolean): ExecutionEnvironment {
  const env = new ExecutionEnvironment(world.environmentSerial++, provisioned, world.nowMs)
  const pool = provisioned ? version.provisionedPool : version.onDemand
  pool.created(env)
  version.fn.metrics.environmentsCreated++
  countEnvironments(world, version.fn, 1)
  scheduleRecycle(world, provisioned ? version.provisionedRecycler : version.recycler, pool)
  return env
}

export function endEnvironment(world: World, version: VersionState, env: ExecutionEnvironment, reason: EndReason): void {
  const pool = poolOf(version, env)
  if (env.phase === 'idle') pool.removeIdle(env)
  env.enter('ended', world.nowMs)
  env.endReason = reason
  // Its code's timers and SDK answers must never run after this.
  if (env.code) env.code.end()
  pool.ended()
  countEnvironments(world, version.fn, -1)
  world.recentlyEnded.add(version.fn.name, version.version, env, reason, world.nowMs)
  if (world.trace) world.trace({ type: 'environment-end', atMs: world.nowMs, functionName: version.fn.name, environment: env.serial, reason })
  // Lambda keeps a provisioned allocation whole: an environment that ends is replaced.
  // An environment of a removed configuration (deallocated, even if it ends by a timeout) is not replaced,
  // nor one whose init failed: its replacement would fail the same way, at the same instant, forever.
  if (env.provisioned && reason !== 'deallocated' && reason !== 'init-failed' && env.retiring !== 'deallocated' && version.provisioned?.status === 'READY') {
    startProvisionedEnvironment(world, version)
  }
}

/** A provisioned environment runs its init ahead of any request; the init is billed [D-pc]. */
export function startProvisionedEnvironment(world: World, version: VersionState): void {
  const env = createEnvironment(world, version, true)
  const initMs = provisionedInitMs(version)
  world.queue.push(world.nowMs + initMs, { kind: 'provisioned-init-done', version, env, initMs })
}

/**
 * Returns an environment to its pool after a request (or a provisioned init). An idle timeout of 0
 * ends it at once; an environment marked for retirement (recycled, or its code replaced) ends now.
 */
export function releaseEnvironment(world: World, version: VersionState, env: ExecutionEnvironment): void {
  if (env.retiring) {
    endEnvironment(world, version, env, env.retiring)
    return
  }
  const idleTimeoutMs = version.config.simulation.idleTimeoutMs
  if (!env.provisioned && idleTimeoutMs === 0) {
    // Straight from busy to ended: it never joins the idle list, so it must not be removed from it.
    endEnvironment(world, version, env, 'idle-reclaimed')
    return
  }
  env.enter('idle', world.nowMs)
  const pool = poolOf(version, env)
  pool.pushIdle(env)
  // Provisioned environments are kept initialized; only on-demand ones are reclaimed when idle.
  if (!env.provisioned && idleTimeoutMs !== null) scheduleTimer(world, version.reaper, env.sinceMs + idleTimeoutMs)
}

function scheduleTimer(world: World, timer: PoolTimer, atMs: number): void {
  // One pending event per pool: an earlier pending one fires first and reschedules itself.
  if (timer.atMs !== null) return
  // A deadline already passed (the oldest environment is retiring, busy past its lifetime) is due now.
  timer.atMs = Math.max(atMs, world.nowMs)
  world.queue.push(timer.atMs, timer)
}

function scheduleRecycle(world: World, timer: PoolTimer, pool: EnvironmentPool): void {
  const lifetimeMs = timer.version.config.simulation.maxLifetimeMs
  if (lifetimeMs === null) return
  const oldest = pool.oldestAlive()
  if (oldest) scheduleTimer(world, timer, oldest.createdAtMs + lifetimeMs)
}

/** Reclaims every on-demand environment idle longer than the idle timeout, then waits for the next. */
export function runReaper(world: World, timer: PoolTimer): void {
  timer.atMs = null
  const version = timer.version
  const idleTimeoutMs = version.config.simulation.idleTimeoutMs
  if (idleTimeoutMs === null) return
  for (let env = version.onDemand.longestIdle(); env; env = version.onDemand.longestIdle()) {
    const dueMs = env.sinceMs + idleTimeoutMs
    if (dueMs > world.nowMs) {
      scheduleTimer(world, timer, dueMs)
      return
    }
    endEnvironment(world, version, env, 'idle-reclaimed')
  }
}

/**
 * Recycles environments past their lifetime ("every few hours, even under continuous traffic"
 * [D-runtime-env]): idle ones end now, busy ones when their request finishes. A recycled
 * provisioned environment is replaced, so the allocation stays whole.
 */
export function runRecycler(world: World, timer: PoolTimer): void {
  timer.atMs = null
  const version = timer.version
  const lifetimeMs = version.config.simulation.maxLifetimeMs
  if (lifetimeMs === null) return
  const pool = timer.provisioned ? version.provisionedPool : version.onDemand
  for (const env of pool.alive()) {
    const dueMs = env.createdAtMs + lifetimeMs
    if (dueMs > world.nowMs) {
      scheduleTimer(world, timer, dueMs)
      return
    }
    if (env.retiring) continue
    if (env.phase === 'idle') endEnvironment(world, version, env, 'recycled')
    else env.retiring = 'recycled'
  }
}

/** After a deploy or a deallocation: idle environments end now, busy ones after their request. */
export function retireAll(world: World, version: VersionState, pool: EnvironmentPool, reason: EndReason): void {
  for (const env of [...pool.alive()]) {
    if (env.phase === 'idle') endEnvironment(world, version, env, reason)
    else env.retiring = reason
  }
}
