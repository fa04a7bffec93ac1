import type { DimensionCounts } from '../metrics/functionMetrics.ts'
import type { AliasState, FunctionState, VersionState } from '../model/state.ts'
import { versionOf } from '../model/lookup.ts'
import type { World } from '../world.ts'

/** What a request names: a function, unqualified or with a version or alias qualifier [D-versions]. */
export type TargetRef =
  | { readonly kind: 'unqualified'; readonly fn: FunctionState }
  | { readonly kind: 'version'; readonly fn: FunctionState; readonly version: VersionState }
  | { readonly kind: 'alias'; readonly fn: FunctionState; readonly alias: AliasState }

/**
 * Resolves `name`, `name:qualifier`, or a (partial) ARN `...:function:name[:qualifier]`; null when
 * nothing matches. The scenario validator already refuses unknown targets; this also serves the
 * step API, where a user may type anything.
 */
export function resolveTarget(world: World, target: string): TargetRef | null {
  const afterFunction = target.includes(':function:') ? (target.split(':function:')[1] as string) : target
  const [name, qualifier] = afterFunction.split(':') as [string, string | undefined]
  const fn = world.functions.get(name)
  if (!fn) return null
  if (qualifier === undefined) return { kind: 'unqualified', fn }
  const alias = fn.aliases.get(qualifier)
  if (alias) return { kind: 'alias', fn, alias }
  const version = versionOf(fn, qualifier)
  return version ? { kind: 'version', fn, version } : null
}

/**
 * The version that runs: unqualified means `$LATEST`; an alias with a routing configuration sends
 * each request to its additional version with the given weight, by "a simple probabilistic model" [G-aliases].
 */
export function executedVersion(target: TargetRef): VersionState {
  switch (target.kind) {
    case 'unqualified':
      return target.fn.latest
    case 'version':
      return target.version
    case 'alias': {
      const alias = target.alias
      if (alias.additional && alias.weight > 0 && alias.routingRng.next() < alias.weight) return alias.additional
      return alias.primary
    }
    default: {
      const unknown: never = target
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`)
    }
  }
}

/** The ARN as invoked: qualified when a qualifier was given [D-node-ctx]. */
export function invokedArn(region: string, account: string, target: TargetRef): string {
  const base = `arn:aws:lambda:${region}:${account}:function:${target.fn.name}`
  if (target.kind === 'alias') return `${base}:${target.alias.name}`
  if (target.kind === 'version') return `${base}:${target.version.version}`
  return base
}

/** The `Resource` dimension a request counts under: its qualifier, if it named one [D-metrics-view]. */
export function resourceCountsOf(target: TargetRef): DimensionCounts | null {
  if (target.kind === 'alias') return target.alias.counts
  if (target.kind === 'version') return target.version.resourceCounts
  return null
}
