import type { ActionResult } from '../api.ts'
import { UNRESERVED_MINIMUM } from '../facts.ts'
import { versionOf, versionsOf } from '../model/lookup.ts'
import { removeProvisioned, requestProvisioned } from '../model/provisioned.ts'
import type { FunctionState, VersionState } from '../model/state.ts'
import type { World } from '../world.ts'

/** The version a provisioned-concurrency qualifier lands on, or why it cannot [D-pc], [G-pc]. */
export function provisionedTarget(fn: FunctionState, qualifier: string): VersionState | string {
  if (qualifier === '$LATEST') return 'Provisioned concurrency cannot be configured on $LATEST: publish a version or use an alias'
  const alias = fn.aliases.get(qualifier)
  if (alias) {
    if (alias.additional) return `Alias ${qualifier} has a routing configuration; provisioned concurrency cannot be managed on it`
    if (alias.primary.version === '$LATEST') return `Alias ${qualifier} points to $LATEST, which cannot have provisioned concurrency`
    return alias.primary
  }
  return versionOf(fn, qualifier) ?? `Qualifier ${qualifier} is neither a version nor an alias of ${fn.name}`
}

/**
 * Provisioned concurrency requested on a function, allocated or still IN_PROGRESS: limits are
 * checked against what is configured, not only what is ready [D-pc].
 */
export function requestedOn(fn: FunctionState): number {
  let total = 0
  for (const version of versionsOf(fn)) total += version.provisioned?.requested ?? 0
  return total
}

/** Provisioned concurrency requested by functions without reserved concurrency: claimed from the unreserved pool. */
export function requestedUnreserved(world: World): number {
  let total = 0
  for (const fn of world.functionList) if (fn.reserved === null) total += requestedOn(fn)
  return total
}

/** PutProvisionedConcurrencyConfig during a run: allocated after preparation, nothing usable until all of it is [D-pc]. */
export function putProvisioned(world: World, fn: FunctionState, qualifier: string, count: number): ActionResult {
  if (!Number.isInteger(count) || count < 1) return { ok: false, error: 'ProvisionedConcurrentExecutions must be an integer ≥ 1' }
  const version = provisionedTarget(fn, qualifier)
  if (typeof version === 'string') return { ok: false, error: version }
  const existing = version.provisioned
  if (existing && existing.qualifier !== qualifier) {
    return { ok: false, error: `Version ${version.version} already has provisioned concurrency through ${existing.qualifier}` }
  }
  const othersOnFunction = requestedOn(fn) - (existing?.requested ?? 0)
  if (fn.reserved !== null && othersOnFunction + count > fn.reserved) {
    return { ok: false, error: `Provisioned concurrency (${othersOnFunction + count}) cannot exceed the function's reserved concurrency (${fn.reserved})` }
  }
  const unreserved = world.accountLimit - world.reservedTotal
  const claimedElsewhere = requestedUnreserved(world) - (fn.reserved === null ? (existing?.requested ?? 0) : 0)
  if (fn.reserved === null && claimedElsewhere + count > unreserved - UNRESERVED_MINIMUM) {
    return { ok: false, error: `Provisioned concurrency must leave ${UNRESERVED_MINIMUM} unreserved: at most ${unreserved - UNRESERVED_MINIMUM - claimedElsewhere} is available` }
  }
  if (existing) removeProvisioned(world, existing)
  const state = requestProvisioned(world, qualifier, version, count, false)
  return { ok: true, detail: `Allocating ${count} provisioned environments on ${fn.name}:${qualifier} (ready at ${(state.readyAtMs / 1000).toFixed(1)} s)` }
}
