import { createBillingProfile } from '../cost/bill.ts'
import { EnvironmentPool } from '../environments/environmentPool.ts'
import { createIdleSelector } from '../environments/idleSelectors.ts'
import { createSampler } from '../random/distributions.ts'
import type { Random } from '../random/seeded.ts'
import type { EnvironmentSelection } from '../scenario/types.ts'
import type { ConfigDerived, FunctionState, PoolTimer, VersionState } from './state.ts'
import { configFingerprint, cpuDurationFactor, type ResolvedVersionConfig } from './versionConfig.ts'

export interface VersionFactoryContext {
  rng: Random
  selection: EnvironmentSelection
}

/**
 * The draws of a version's configuration, each from its own stream labelled by function, version
 * and a revision number, so one version's changes never shift another's draws.
 */
function deriveFromConfig(label: string, config: ResolvedVersionConfig, rng: Random): ConfigDerived {
  return {
    config,
    fingerprint: configFingerprint(config),
    durationFactor: cpuDurationFactor(config),
    sampleDurationMs: createSampler(config.simulation.durationMs, rng.fork(`${label}:duration`)),
    sampleInitMs: createSampler(config.simulation.initDurationMs, rng.fork(`${label}:init`)),
    sampleMemoryUsedMb: createSampler(config.simulation.memoryUsedMb, rng.fork(`${label}:memory`)),
    errorRng: rng.fork(`${label}:errors`),
    billing: createBillingProfile(config.architecture, config.memoryMb, config.ephemeralStorageMb),
  }
}

export function createVersionState(
  fn: FunctionState, version: string, config: ResolvedVersionConfig, context: VersionFactoryContext,
): VersionState {
  const label = `function:${fn.name}:version:${version}`
  const poolRng = context.rng.fork(`${label}:selection`)
  const state: VersionState = {
    fn,
    version,
    revision: 0,
    ...deriveFromConfig(`${label}:revision:0`, config, context.rng),
    counts: fn.metrics.versionCounts(version),
    resourceCounts: fn.metrics.resourceCounts(version),
    onDemand: new EnvironmentPool(createIdleSelector(context.selection, poolRng)),
    provisionedPool: new EnvironmentPool(createIdleSelector(context.selection, poolRng.fork('provisioned'))),
    provisioned: null,
    reaper: { kind: 'reap', provisioned: false, atMs: null } as PoolTimer,
    recycler: { kind: 'recycle', provisioned: false, atMs: null } as PoolTimer,
    provisionedRecycler: { kind: 'recycle', provisioned: true, atMs: null } as PoolTimer,
  }
  for (const t of [state.reaper, state.recycler, state.provisionedRecycler]) (t as { version: VersionState }).version = state
  return state
}

/** `$LATEST` takes a new configuration in place (a deploy); the caller retires its old environments. */
export function reconfigureLatest(latest: VersionState, config: ResolvedVersionConfig, rng: Random): void {
  latest.revision++
  Object.assign(latest, deriveFromConfig(`function:${latest.fn.name}:version:$LATEST:revision:${latest.revision}`, config, rng))
}
