/** Pure edits of a scenario document that commands share (each returns a new document). */
import type { Scenario } from '../../engine/api.ts'
import type { AliasConfig, FunctionConfig, VersionConfig } from '../../engine/scenario/types.ts'

/** The settings of `$LATEST` a deploy sends and a publish snapshots: `VersionConfig` without `Version`. */
export type LatestConfig = Omit<VersionConfig, 'Version'>

const LATEST_FIELDS = [
  'Description', 'Code', 'Handler', 'Runtime', 'MemorySize', 'Timeout', 'Architectures', 'Environment', 'EphemeralStorage', 'Layers', 'Simulation',
] as const satisfies readonly (keyof LatestConfig)[]

export function latestConfigOf(fn: FunctionConfig): LatestConfig {
  const config: Record<string, unknown> = {}
  for (const field of LATEST_FIELDS) if (fn[field] !== undefined) config[field] = fn[field]
  return config as LatestConfig
}

export function updateFunction(document: Scenario, functionName: string, change: (fn: FunctionConfig) => FunctionConfig): Scenario {
  return { ...document, Functions: document.Functions.map((fn) => (fn.FunctionName === functionName ? change(fn) : fn)) }
}

export function withLatestConfig(fn: FunctionConfig, config: LatestConfig): FunctionConfig {
  return { ...fn, ...config }
}

export function withVersion(fn: FunctionConfig, version: VersionConfig): FunctionConfig {
  return { ...fn, Versions: [...(fn.Versions ?? []).filter((v) => v.Version !== version.Version), version] }
}

export function withReservedConcurrency(fn: FunctionConfig, reserved: number | null): FunctionConfig {
  if (reserved !== null) return { ...fn, ReservedConcurrentExecutions: reserved }
  const rest = { ...fn }
  delete rest.ReservedConcurrentExecutions
  return rest
}

export function withAlias(fn: FunctionConfig, alias: AliasConfig): FunctionConfig {
  const aliases = fn.Aliases ?? []
  const exists = aliases.some((a) => a.Name === alias.Name)
  return { ...fn, Aliases: exists ? aliases.map((a) => (a.Name === alias.Name ? alias : a)) : [...aliases, alias] }
}
