import { createBillingProfile } from '../cost/bill.ts'
import { EnvironmentPool } from '../environments/environmentPool.ts'
import { createIdleSelector } from '../environments/idleSelectors.ts'
import { createSampler } from '../random/distributions.ts'
import type { Random } from '../random/seeded.ts'
import type { HandlerRuntime, LayerSpec } from '../runtime/types.ts'
import { versionCode } from '../runtime/versionCode.ts'
import type { EnvironmentSelection } from '../scenario/types.ts'
import type { ConfigDerived, FunctionState, PoolTimer, VersionState } from './state.ts'
import { DEFAULT_DURATION, DEFAULT_INIT, configFingerprint, cpuDurationFactor, type ResolvedVersionConfig } from './versionConfig.ts'

/** What versions are built from: the world provides all of it. */
export interface VersionFactoryContext {
  readonly rng: Random
  readonly selection: EnvironmentSelection
  readonly runtime: HandlerRuntime | null
  readonly layers: ReadonlyMap<string, LayerSpec>
}

/**
 * The draws of a version's configuration, each from its own stream labelled by function, version
 * and a revision number, so one version's changes never shift another's draws.
 */
function deriveFromConfig(label: string, config: ResolvedVersionConfig, context: VersionFactoryContext): ConfigDerived {
  const rng = context.rng
  return {
    config,
    fingerprint: configFingerprint(config),
    durationFactor: cpuDurationFactor(config),
    sampleDurationMs: createSampler(config.simulation.durationMs ?? DEFAULT_DURATION, rng.fork(`${label}:duration`)),
    sampleInitMs: createSampler(config.simulation.initDurationMs ?? DEFAULT_INIT, rng.fork(`${label}:init`)),
    sampleMemoryUsedMb: createSampler(config.simulation.memoryUsedMb, rng.fork(`${label}:memory`)),
    errorRng: rng.fork(`${label}:errors`),
    billing: createBillingProfile(config.architecture, config.memoryMb, config.ephemeralStorageMb),
    code: versionCode(config, context.runtime, context.layers),
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
    ...deriveFromConfig(`${label}:revision:0`, config, context),
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
export function reconfigureLatest(latest: VersionState, config: ResolvedVersionConfig, context: VersionFactoryContext): void {
  latest.revision++
  Object.assign(latest, deriveFromConfig(`function:${latest.fn.name}:version:$LATEST:revision:${latest.revision}`, config, context))
}
