import {
  DEFAULT_IDLE_TIMEOUT_SECONDS, DEFAULT_MAX_ENVIRONMENT_LIFETIME_SECONDS, EPHEMERAL_STORAGE_MIN_MB,
  MAX_VCPU, MB_PER_VCPU, MEMORY_DEFAULT_MB, TIMEOUT_DEFAULT_SECONDS,
} from '../facts.ts'
import { layerKey, parseLayerReference } from '../scenario/references.ts'
import type { Architecture, Distribution, FunctionConfig, FunctionSimulation, VersionConfig } from '../scenario/types.ts'

/** Everything that defines what one version runs, with defaults applied: the unit a publish snapshots. */
export interface ResolvedVersionConfig {
  description: string
  runtime: string
  handler: string
  code: Readonly<Record<string, string>> | null
  memoryMb: number
  timeoutMs: number
  architecture: Architecture
  environmentVariables: Readonly<Record<string, string>>
  ephemeralStorageMb: number
  /** Layer versions in order, as `name:version` keys of the scenario's `Layers`. */
  layers: readonly string[]
  simulation: ResolvedSimulation
}

export interface ResolvedSimulation {
  /** Null when the document gives none: modelled functions then draw DEFAULT_DURATION, code adds nothing. */
  durationMs: Distribution | null
  /** Null when the document gives none: modelled functions then draw DEFAULT_INIT, code adds nothing. */
  initDurationMs: Distribution | null
  errorRate: number
  idleTimeoutMs: number | null
  maxLifetimeMs: number | null
  cpuBoundShare: number
  referenceMemoryMb: number
  threads: number
  memoryUsedMb: Distribution
}

export const DEFAULT_DURATION: Distribution = { Distribution: 'constant', Value: 100 }
export const DEFAULT_INIT: Distribution = { Distribution: 'constant', Value: 200 }
/** A small Node.js handler's footprint; what the REPORT line's Max Memory Used shows by default. */
const DEFAULT_MEMORY_USED: Distribution = { Distribution: 'constant', Value: 70 }

function secondsToMs(seconds: number | null | undefined, fallbackSeconds: number): number | null {
  if (seconds === null) return null
  return (seconds ?? fallbackSeconds) * 1000
}

function resolveSimulation(sim: FunctionSimulation, memoryMb: number, base: ResolvedSimulation | null): ResolvedSimulation {
  return {
    durationMs: sim.DurationMs ?? base?.durationMs ?? null,
    initDurationMs: sim.InitDurationMs ?? base?.initDurationMs ?? null,
    errorRate: sim.ErrorRate ?? base?.errorRate ?? 0,
    idleTimeoutMs: sim.IdleTimeoutSeconds === undefined && base
      ? base.idleTimeoutMs
      : secondsToMs(sim.IdleTimeoutSeconds, DEFAULT_IDLE_TIMEOUT_SECONDS),
    maxLifetimeMs: sim.MaxEnvironmentLifetimeSeconds === undefined && base
      ? base.maxLifetimeMs
      : secondsToMs(sim.MaxEnvironmentLifetimeSeconds, DEFAULT_MAX_ENVIRONMENT_LIFETIME_SECONDS),
    cpuBoundShare: sim.CpuBoundShare ?? base?.cpuBoundShare ?? 0,
    referenceMemoryMb: sim.ReferenceMemorySize ?? base?.referenceMemoryMb ?? memoryMb,
    threads: sim.Threads ?? base?.threads ?? 1,
    memoryUsedMb: sim.MemoryUsedMb ?? base?.memoryUsedMb ?? DEFAULT_MEMORY_USED,
  }
}

/** `name:version` or an ARN, as validated, to the `name:version` keys the world indexes layers by. */
function layerKeys(references: readonly string[]): string[] {
  return references.map((text) => {
    const ref = parseLayerReference(text)
    return ref ? layerKey(ref.name, ref.version) : text
  })
}

/** `$LATEST` as the function document describes it. */
export function resolveLatest(fn: FunctionConfig): ResolvedVersionConfig {
  const memoryMb = fn.MemorySize ?? MEMORY_DEFAULT_MB
  return {
    description: fn.Description ?? '',
    runtime: fn.Runtime ?? 'nodejs20.x',
    handler: fn.Handler ?? 'index.handler',
    code: fn.Code ?? null,
    memoryMb,
    timeoutMs: (fn.Timeout ?? TIMEOUT_DEFAULT_SECONDS) * 1000,
    architecture: fn.Architectures?.[0] ?? 'x86_64',
    environmentVariables: fn.Environment?.Variables ?? {},
    ephemeralStorageMb: fn.EphemeralStorage?.Size ?? EPHEMERAL_STORAGE_MIN_MB,
    layers: layerKeys(fn.Layers ?? []),
    simulation: resolveSimulation(fn.Simulation ?? {}, memoryMb, null),
  }
}

/** A version or a configuration change: the given fields over `base`, the rest copied from it. */
export function overlayVersion(base: ResolvedVersionConfig, changes: Omit<VersionConfig, 'Version'>): ResolvedVersionConfig {
  const memoryMb = changes.MemorySize ?? base.memoryMb
  return {
    description: changes.Description ?? base.description,
    runtime: changes.Runtime ?? base.runtime,
    handler: changes.Handler ?? base.handler,
    code: changes.Code ?? base.code,
    memoryMb,
    timeoutMs: changes.Timeout !== undefined ? changes.Timeout * 1000 : base.timeoutMs,
    architecture: changes.Architectures?.[0] ?? base.architecture,
    environmentVariables: changes.Environment?.Variables ?? base.environmentVariables,
    ephemeralStorageMb: changes.EphemeralStorage?.Size ?? base.ephemeralStorageMb,
    layers: changes.Layers ? layerKeys(changes.Layers) : base.layers,
    simulation: resolveSimulation(changes.Simulation ?? {}, memoryMb, base.simulation),
  }
}

/**
 * Usable vCPUs at a memory size: CPU is proportional to memory (1,769 MB = one vCPU, up to 6
 * [D-memory]), but code can only use as many as it has threads — single-threaded Node.js gains
 * nothing above 1,769 MB, the knee AWS Lambda Power Tuning users look for.
 */
function usableVcpus(memoryMb: number, threads: number): number {
  return Math.min(memoryMb / MB_PER_VCPU, threads, MAX_VCPU)
}

/** How much longer (or shorter) modelled work takes at this version's memory than where it was measured. */
export function cpuDurationFactor(config: ResolvedVersionConfig): number {
  const { cpuBoundShare, referenceMemoryMb, threads } = config.simulation
  if (cpuBoundShare === 0) return 1
  const speedup = usableVcpus(referenceMemoryMb, threads) / usableVcpus(config.memoryMb, threads)
  return 1 - cpuBoundShare + cpuBoundShare * speedup
}

/**
 * A stable fingerprint of what a publish snapshots. Publishing when `$LATEST` matches the last
 * version creates nothing [D-versions]; reserved concurrency is not part of it.
 */
export function configFingerprint(config: ResolvedVersionConfig): string {
  return JSON.stringify(config)
}
