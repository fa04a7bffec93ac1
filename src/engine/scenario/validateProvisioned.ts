/**
 * Provisioned concurrency configurations of one function. Lambda allocates them on a published
 * version, directly or through an alias, never on `$LATEST`, never through an alias that splits
 * traffic, and only once per version ([D-pc], [G-pc], lambda-facts §1.4).
 */
import { LATEST_VERSION } from '../facts.ts'
import { field, item, type Checker, type Fields } from './check.ts'
import type { AliasFacts, ProvisionedFacts } from './context.ts'
import { describeValue } from './describe.ts'
import type { ProvisionedConcurrencyConfig } from './types.ts'

const PROVISIONED_FIELDS: Fields<ProvisionedConcurrencyConfig> = {
  Qualifier: 'required', ProvisionedConcurrentExecutions: 'required',
}

/** A valid count on a qualifier Lambda accepts, for the reserved and unreserved sums. */
export function checkProvisioned(
  c: Checker, value: unknown, at: string,
  versions: ReadonlySet<string>, aliases: ReadonlyMap<string, AliasFacts>,
): ProvisionedFacts[] {
  const accepted: ProvisionedFacts[] = []
  /** Version → the qualifier that already provisions it. */
  const claimed = new Map<string, string>()
  c.array(value, at)?.forEach((raw, i) => {
    const configAt = item(at, i)
    const config = c.object(raw, configAt, PROVISIONED_FIELDS)
    if (config === undefined) return
    const amountAt = field(configAt, 'ProvisionedConcurrentExecutions')
    const amount = c.integer(config.ProvisionedConcurrentExecutions, amountAt, { min: 1 })
    const qualifierAt = field(configAt, 'Qualifier')
    const qualifier = c.string(config.Qualifier, qualifierAt)
    if (qualifier === undefined) return
    const version = versionOf(c, qualifier, qualifierAt, versions, aliases)
    if (version === undefined) return
    const earlier = claimed.get(version)
    if (earlier !== undefined) {
      const through = earlier === version ? 'on the version itself' : `through alias ${earlier}`
      c.report(qualifierAt, 'provisioned-one-per-version', `Version ${version} already has provisioned concurrency (${through}); Lambda allows one configuration per version, set on the version or on one alias`)
      return
    }
    claimed.set(version, qualifier)
    if (amount !== undefined) accepted.push({ at: amountAt, amount })
  })
  return accepted
}

/** The published version a qualifier provisions, or undefined after reporting why it cannot. */
function versionOf(
  c: Checker, qualifier: string, at: string,
  versions: ReadonlySet<string>, aliases: ReadonlyMap<string, AliasFacts>,
): string | undefined {
  if (qualifier === LATEST_VERSION) {
    c.report(at, 'provisioned-on-latest', 'Provisioned concurrency is configured on a published version or an alias, never on $LATEST')
    return undefined
  }
  if (versions.has(qualifier)) return qualifier
  const alias = aliases.get(qualifier)
  if (alias === undefined) {
    c.report(at, 'reference', `Qualifier ${describeValue(qualifier)} is neither a published version nor an alias of this function`)
    return undefined
  }
  if (alias.routed) {
    c.report(at, 'provisioned-on-routed-alias', `Alias ${qualifier} has a routing configuration; Lambda does not allow provisioned concurrency on such an alias, so configure it on each version instead`)
    return undefined
  }
  if (alias.version === LATEST_VERSION) {
    c.report(at, 'provisioned-on-latest', `Alias ${qualifier} points to $LATEST; provisioned concurrency needs a published version`)
    return undefined
  }
  return alias.version
}
