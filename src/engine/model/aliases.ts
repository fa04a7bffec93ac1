import type { Random } from '../random/seeded.ts'
import { versionOf } from './lookup.ts'
import type { AliasState, FunctionState } from './state.ts'

export interface AliasRouting {
  FunctionVersion: string
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> }
}

/**
 * Checks an alias's target against Lambda's rules [G-aliases], [D-alias-routing]: an existing
 * version; at most one additional version, published, other than the primary, with a weight from
 * 0 to 1; no routing while the alias points to `$LATEST`. Returns the error, or null.
 */
export function aliasRoutingError(fn: FunctionState, routing: AliasRouting): string | null {
  if (!versionOf(fn, routing.FunctionVersion)) return `FunctionVersion ${routing.FunctionVersion} does not exist for ${fn.name}`
  const weights = Object.entries(routing.RoutingConfig?.AdditionalVersionWeights ?? {})
  if (weights.length === 0) return null
  if (weights.length > 1) return 'RoutingConfig.AdditionalVersionWeights may name only one additional version'
  const [version, weight] = weights[0] as [string, number]
  if (routing.FunctionVersion === '$LATEST') return 'An alias with a routing configuration cannot point to $LATEST'
  if (version === '$LATEST' || !fn.versions.has(version)) return `Additional version ${version} must be a published version of ${fn.name}`
  if (version === routing.FunctionVersion) return 'The additional version must differ from FunctionVersion'
  if (!(weight >= 0 && weight <= 1)) return `Weight ${weight} is outside 0.0–1.0`
  return null
}

/** Points an alias at its versions; call only after `aliasRoutingError` found nothing. */
export function routeAlias(fn: FunctionState, alias: AliasState, routing: AliasRouting): void {
  alias.primary = versionOf(fn, routing.FunctionVersion) ?? fn.latest
  const entry = Object.entries(routing.RoutingConfig?.AdditionalVersionWeights ?? {})[0]
  alias.additional = entry ? (fn.versions.get(entry[0]) ?? null) : null
  alias.weight = entry ? entry[1] : 0
}

export function createAlias(fn: FunctionState, name: string, routing: AliasRouting, rng: Random): AliasState {
  const alias: AliasState = {
    name, primary: fn.latest, additional: null, weight: 0,
    routingRng: rng.fork(`function:${fn.name}:alias:${name}:routing`), counts: fn.metrics.resourceCounts(name),
  }
  routeAlias(fn, alias, routing)
  return alias
}
