/**
 * Facts the properties read from a scenario document itself (not from the engine), so an
 * invariant's expectation is independent of the code it checks.
 */
import { DEFAULT_ACCOUNT_CONCURRENCY } from '../facts.ts'
import { parseFunctionTarget } from '../scenario/references.ts'
import type { FunctionConfig, Scenario } from '../scenario/types.ts'

export function accountLimitOf(scenario: Scenario): number {
  return scenario.Account?.ConcurrentExecutions ?? DEFAULT_ACCOUNT_CONCURRENCY
}

/** Versions that have provisioned concurrency in the document (configured on the version or through an alias). */
function provisionedVersions(fn: FunctionConfig): Set<string> {
  const versions = new Set<string>()
  for (const pc of fn.ProvisionedConcurrencyConfigs ?? []) {
    const alias = fn.Aliases?.find((a) => a.Name === pc.Qualifier)
    versions.add(alias ? alias.FunctionVersion : pc.Qualifier)
  }
  return versions
}

/** Every version a request to `qualifier` may run on at the start of the run; null when the qualifier names no existing version or alias. */
function versionsReached(fn: FunctionConfig, qualifier: string | undefined): string[] | null {
  if (qualifier === undefined || qualifier === '$LATEST') return ['$LATEST']
  const alias = fn.Aliases?.find((a) => a.Name === qualifier)
  if (alias) return [alias.FunctionVersion, ...Object.keys(alias.RoutingConfig?.AdditionalVersionWeights ?? {})]
  return fn.Versions?.some((v) => v.Version === qualifier) ? [qualifier] : null
}

function destinationFunctions(scenario: Scenario): Set<string> {
  const names = new Set<string>()
  for (const fn of scenario.Functions) {
    const config = fn.EventInvokeConfig?.DestinationConfig
    for (const destination of [config?.OnSuccess?.Destination, config?.OnFailure?.Destination]) {
      if (destination !== undefined) names.add(destination.split(':').pop() as string)
    }
  }
  return names
}

/**
 * Functions every one of whose requests runs on a version with provisioned concurrency that is
 * ready from t = 0 and stays so: all their traffic targets such versions (directly or through an
 * alias), no timeline action moves or replaces that configuration, and no destination invokes them
 * (a destination invokes `$LATEST`). Every invocation of such a function is on provisioned
 * concurrency or spills over from it.
 */
export function fullyProvisionedFunctions(scenario: Scenario): Set<string> {
  const destinations = destinationFunctions(scenario)
  const disturbed = new Set((scenario.Timeline ?? [])
    .filter((t) => t.Do.Action === 'UpdateAlias' || t.Do.Action === 'PutProvisionedConcurrencyConfig' || t.Do.Action === 'DeleteProvisionedConcurrencyConfig')
    .map((t) => t.Do.FunctionName))
  const result = new Set<string>()
  for (const fn of scenario.Functions) {
    const name = fn.FunctionName
    if (destinations.has(name) || disturbed.has(name)) continue
    const provisioned = provisionedVersions(fn)
    // A dry run validates the request and runs nothing.
    const traffic = (scenario.Traffic ?? []).filter((t) => parseFunctionTarget(t.Target)?.name === name && t.InvocationType !== 'DryRun')
    const covered = traffic.every((t) => {
      const reached = versionsReached(fn, parseFunctionTarget(t.Target)?.qualifier)
      return reached !== null && reached.every((v) => provisioned.has(v))
    })
    if (covered && traffic.length > 0) result.add(name)
  }
  return result
}

/** Reserved concurrency each function may have during the run: its document value and every timeline value, by time. */
export interface Reservation {
  readonly fromMs: number
  readonly value: number | null
}

export function reservationsOf(scenario: Scenario, functionName: string): Reservation[] {
  const initial = scenario.Functions.find((f) => f.FunctionName === functionName)?.ReservedConcurrentExecutions ?? null
  const changes = (scenario.Timeline ?? []).flatMap((t): Reservation[] => {
    if (t.Do.FunctionName !== functionName) return []
    if (t.Do.Action === 'PutFunctionConcurrency') return [{ fromMs: t.AtSecond * 1000, value: t.Do.ReservedConcurrentExecutions }]
    if (t.Do.Action === 'DeleteFunctionConcurrency') return [{ fromMs: t.AtSecond * 1000, value: null }]
    return []
  })
  return [{ fromMs: 0, value: initial }, ...changes]
}
