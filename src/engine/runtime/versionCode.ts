import type { ResolvedVersionConfig } from '../model/versionConfig.ts'
import type { HandlerRuntime, LayerSpec } from './types.ts'

/** What running one version's code needs, resolved once per configuration: the injected runtime, the files, the layers in order. */
export interface VersionCode {
  readonly runtime: HandlerRuntime
  readonly files: Readonly<Record<string, string>>
  readonly layers: readonly LayerSpec[]
}

/** Null for a modelled version: it has no `Code`, or the run was given no runtime to execute it. */
export function versionCode(config: ResolvedVersionConfig, runtime: HandlerRuntime | null, layers: ReadonlyMap<string, LayerSpec>): VersionCode | null {
  if (config.code === null || runtime === null) return null
  return {
    runtime,
    files: config.code,
    layers: config.layers.map((key) => {
      const layer = layers.get(key)
      // The validator (and UpdateFunctionConfiguration) refuse unknown layers before they get here.
      if (!layer) throw new Error(`Layer ${key} is not defined in the scenario`)
      return layer
    }),
  }
}
