import type { ActionResult } from '../api.ts'
import { retireAll } from '../environments/lifecycle.ts'
import { UNRESERVED_MINIMUM } from '../facts.ts'
import { aliasRoutingError, createAlias, routeAlias } from '../model/aliases.ts'
import { versionOf } from '../model/lookup.ts'
import { removeProvisioned, requestProvisioned } from '../model/provisioned.ts'
import type { FunctionState, VersionState } from '../model/state.ts'
import { overlayVersion } from '../model/versionConfig.ts'
import { createVersionState, reconfigureLatest } from '../model/versions.ts'
import { Checker } from '../scenario/check.ts'
import type { Action } from '../scenario/types.ts'
import { CONFIG_FIELDS, checkConfig } from '../scenario/validateConfig.ts'
import type { World } from '../world.ts'
import { updateMapping } from './mappingActions.ts'
import { putProvisioned, requestedOn, requestedUnreserved } from './provisionedActions.ts'

const ok = (detail?: string): ActionResult => (detail === undefined ? { ok: true } : { ok: true, detail })
const refuse = (error: string): ActionResult => ({ ok: false, error })

/** The latest published version, whose configuration a new publish is compared with. */
function lastPublished(fn: FunctionState): VersionState | null {
  let last: VersionState | null = null
  for (const v of fn.versions.values()) if (!last || Number(v.version) > Number(last.version)) last = v
  return last
}

/** PublishVersion: an immutable snapshot of `$LATEST`, numbered from 1, never reused; nothing new when nothing changed [D-versions]. */
function publish(world: World, fn: FunctionState): ActionResult {
  const last = lastPublished(fn)
  if (last && last.fingerprint === fn.latest.fingerprint) return ok(`$LATEST is unchanged since version ${last.version}; no new version was created`)
  const number = String(++fn.lastVersionNumber)
  fn.versions.set(number, createVersionState(fn, number, fn.latest.config, world))
  return ok(`Published version ${number}`)
}

/** Changing `$LATEST` replaces its code: its environments finish their requests and end, so the next request is a cold start. */
function updateLatest(world: World, fn: FunctionState, changes: Parameters<typeof overlayVersion>[1]): ActionResult {
  // The API refuses what the scenario validator would (MemorySize 128–10,240, Timeout 1–900, ...) [API].
  const checker = new Checker()
  const raw = checker.object(changes, 'Changes', CONFIG_FIELDS)
  if (raw !== undefined) checkConfig(checker, raw, 'Changes', { defined: world.layers, complete: true })
  if (checker.errors.length > 0) return refuse(checker.errors.map((e) => `${e.path}: ${e.message}`).join('; '))
  reconfigureLatest(fn.latest, overlayVersion(fn.latest.config, changes), world)
  retireAll(world, fn.latest, fn.latest.onDemand, 'code-updated')
  return ok('Updated $LATEST')
}

/** Reserving more than leaves 100 unreserved is refused [D-reserved]; so is less than the function's provisioned concurrency [D-pc]. */
function putConcurrency(world: World, fn: FunctionState, reserved: number | null): ActionResult {
  if (reserved !== null && (!Number.isInteger(reserved) || reserved < 0)) return refuse('ReservedConcurrentExecutions must be an integer ≥ 0')
  const othersReserved = world.reservedTotal - (fn.reserved ?? 0)
  const unreservedAfter = world.accountLimit - othersReserved - (reserved ?? 0)
  if (reserved !== null && unreservedAfter < UNRESERVED_MINIMUM) {
    return refuse(`Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [${UNRESERVED_MINIMUM}] (at most ${world.accountLimit - othersReserved - UNRESERVED_MINIMUM} can be reserved)`)
  }
  const provisioned = requestedOn(fn)
  if (reserved !== null && reserved < provisioned) {
    return refuse(`ReservedConcurrentExecutions ${reserved} is below the function's provisioned concurrency (${provisioned})`)
  }
  // The unreserved pool changes size: the provisioned concurrency it holds must still leave 100.
  const unreservedProvisionedAfter = requestedUnreserved(world) - (fn.reserved === null ? provisioned : 0) + (reserved === null ? provisioned : 0)
  if (unreservedProvisionedAfter > unreservedAfter - UNRESERVED_MINIMUM) {
    return refuse(`Provisioned concurrency of functions without reserved concurrency (${unreservedProvisionedAfter}) would leave fewer than ${UNRESERVED_MINIMUM} unreserved`)
  }
  // Provisioned environments claim from the unreserved pool only while the function has no reservation.
  if (fn.reserved === null) world.unreservedProvisioned -= fn.provisionedAllocated
  if (reserved === null) world.unreservedProvisioned += fn.provisionedAllocated
  world.reservedTotal = othersReserved + (reserved ?? 0)
  fn.reserved = reserved
  return ok(reserved === null ? 'Removed reserved concurrency' : `Reserved concurrency set to ${reserved}`)
}

function updateAlias(world: World, fn: FunctionState, action: Extract<Action, { Action: 'UpdateAlias' | 'CreateAlias' }>): ActionResult {
  const existing = fn.aliases.get(action.Name)
  if (action.Action === 'CreateAlias' && existing) return refuse(`Alias ${action.Name} already exists`)
  if (action.Action === 'UpdateAlias' && !existing) return refuse(`Alias ${action.Name} does not exist`)
  const routing = {
    FunctionVersion: action.FunctionVersion ?? existing?.primary.version ?? '$LATEST',
    RoutingConfig: action.RoutingConfig ?? (existing?.additional ? { AdditionalVersionWeights: { [existing.additional.version]: existing.weight } } : undefined),
  }
  const error = aliasRoutingError(fn, routing)
  if (error) return refuse(error)
  if (!existing) {
    fn.aliases.set(action.Name, createAlias(fn, action.Name, routing, world.rng))
    return ok(`Created alias ${action.Name}`)
  }
  const provisioned = existing.primary.provisioned?.qualifier === action.Name ? existing.primary.provisioned : null
  if (provisioned && Object.keys(routing.RoutingConfig?.AdditionalVersionWeights ?? {}).length > 0) {
    return refuse(`Alias ${action.Name} has provisioned concurrency, which cannot be managed while a routing configuration is in place`)
  }
  const previous = existing.primary
  routeAlias(fn, existing, routing)
  // Provisioned concurrency on an alias follows its version: deallocated there, allocated anew [G-pc].
  if (provisioned && previous !== existing.primary) {
    removeProvisioned(world, provisioned)
    requestProvisioned(world, action.Name, existing.primary, provisioned.requested, false)
  }
  return ok(`Alias ${action.Name} → ${routing.FunctionVersion}${existing.additional ? ` (${existing.weight * 100} % to ${existing.additional.version})` : ''}`)
}

/** Applies one console/API change at the current virtual time; a refused change changes nothing. */
export function applyAction(world: World, action: Action): ActionResult {
  // A mapping is named by its UUID; its FunctionName, if any, is the function it invokes from now on.
  if (action.Action === 'UpdateEventSourceMapping') return updateMapping(world, action)
  const fn = world.functions.get(action.FunctionName)
  if (!fn) return refuse(`Function not found: ${action.FunctionName}`)
  switch (action.Action) {
    case 'PublishVersion':
      return publish(world, fn)
    case 'UpdateFunctionConfiguration':
      return updateLatest(world, fn, action.Changes)
    case 'PutFunctionConcurrency':
      return putConcurrency(world, fn, action.ReservedConcurrentExecutions)
    case 'DeleteFunctionConcurrency':
      return putConcurrency(world, fn, null)
    case 'CreateAlias':
    case 'UpdateAlias':
      return updateAlias(world, fn, action)
    case 'PutProvisionedConcurrencyConfig':
      return putProvisioned(world, fn, action.Qualifier, action.ProvisionedConcurrentExecutions)
    case 'DeleteProvisionedConcurrencyConfig': {
      const version = fn.aliases.get(action.Qualifier)?.primary ?? versionOf(fn, action.Qualifier)
      const state = version?.provisioned
      if (!state || state.qualifier !== action.Qualifier) return refuse(`No provisioned concurrency configuration on ${fn.name}:${action.Qualifier}`)
      removeProvisioned(world, state)
      return ok(`Removed provisioned concurrency from ${fn.name}:${action.Qualifier}`)
    }
    default: {
      const unknown: never = action
      return refuse(`Unknown action ${JSON.stringify(unknown)}`)
    }
  }
}
