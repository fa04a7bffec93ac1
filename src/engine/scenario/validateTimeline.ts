/**
 * Timeline entries: changes made during the run, as through the console or the API. Only what
 * holds whenever the action runs is checked here (shapes, ranges, the function exists); whether an
 * alias or version exists at that moment depends on earlier actions, and the engine refuses those
 * at run time, as Lambda would. `UpdateEventSourceMapping` entries are checked once the mappings
 * are known (validateMappingUpdates.ts).
 */
import { LATEST_VERSION, PUBLISHED_VERSION_PATTERN } from '../facts.ts'
import { field, item, type Checker, type Fields, type JsonObject } from './check.ts'
import { withinRun, type ScenarioContext, type TimelineCreations } from './context.ts'
import { describeValue } from './describe.ts'
import type { Action, TimelineEntry } from './types.ts'
import { CONFIG_FIELDS, checkConfig, checkDescription } from './validateConfig.ts'
import { checkFunctionName } from './validateFunction.ts'
import { UPDATE_FIELDS } from './validateMappingUpdate.ts'
import { checkAliasName, checkRouting } from './validateVersions.ts'

type ActionKind = Action['Action']

const ACTION_FIELDS: { readonly [K in ActionKind]: Fields<Extract<Action, { Action: K }>> } = {
  PublishVersion: { Action: 'required', FunctionName: 'required', Description: 'optional' },
  UpdateFunctionConfiguration: { Action: 'required', FunctionName: 'required', Changes: 'required' },
  PutFunctionConcurrency: { Action: 'required', FunctionName: 'required', ReservedConcurrentExecutions: 'required' },
  DeleteFunctionConcurrency: { Action: 'required', FunctionName: 'required' },
  UpdateAlias: { Action: 'required', FunctionName: 'required', Name: 'required', FunctionVersion: 'optional', RoutingConfig: 'optional' },
  CreateAlias: { Action: 'required', FunctionName: 'required', Name: 'required', FunctionVersion: 'required', RoutingConfig: 'optional' },
  PutProvisionedConcurrencyConfig: { Action: 'required', FunctionName: 'required', Qualifier: 'required', ProvisionedConcurrentExecutions: 'required' },
  DeleteProvisionedConcurrencyConfig: { Action: 'required', FunctionName: 'required', Qualifier: 'required' },
  UpdateEventSourceMapping: UPDATE_FIELDS,
}
const ACTION_KINDS = Object.keys(ACTION_FIELDS) as ActionKind[]
const ENTRY_FIELDS: Fields<TimelineEntry> = { AtSecond: 'required', Do: 'required' }

/** Checks every entry and returns the versions and aliases the Timeline will create, which traffic may target. */
export function checkTimeline(ctx: ScenarioContext, value: unknown, at: string): TimelineCreations {
  const publishes = new Map<string, number>()
  const aliases = new Map<string, Set<string>>()
  ctx.c.array(value, at)?.forEach((raw, i) => {
    const entryAt = item(at, i)
    const entry = ctx.c.object(raw, entryAt, ENTRY_FIELDS)
    if (entry === undefined) return
    ctx.c.number(entry.AtSecond, field(entryAt, 'AtSecond'), withinRun(ctx))
    const actionAt = field(entryAt, 'Do')
    const action = ctx.c.map(entry.Do, actionAt)
    if (action === undefined) return
    const kind = ctx.c.discriminant(action, 'Action', actionAt, ACTION_KINDS)
    if (kind === undefined || kind === 'UpdateEventSourceMapping') return
    const fn = checkExistingFunction(ctx, action.FunctionName, field(actionAt, 'FunctionName'))
    const created = checkAction(ctx, kind, action, actionAt)
    if (fn === undefined) return
    if (kind === 'PublishVersion') publishes.set(fn, (publishes.get(fn) ?? 0) + 1)
    if (created !== undefined) aliases.set(fn, (aliases.get(fn) ?? new Set()).add(created))
  })
  return { publishes, aliases }
}

function checkExistingFunction(ctx: ScenarioContext, value: unknown, at: string): string | undefined {
  const name = checkFunctionName(ctx.c, value, at)
  if (name === undefined || ctx.functions.has(name)) return name
  ctx.c.report(at, 'reference', `The scenario defines no function named ${name}`)
  return undefined
}

/** Checks one action's own fields; returns the alias a CreateAlias adds. */
function checkAction(ctx: ScenarioContext, kind: Exclude<ActionKind, 'UpdateEventSourceMapping'>, action: JsonObject, at: string): string | undefined {
  const c = ctx.c
  switch (kind) {
    case 'PublishVersion': {
      const a = c.object(action, at, ACTION_FIELDS.PublishVersion)
      checkDescription(c, a?.Description, field(at, 'Description'))
      return undefined
    }
    case 'UpdateFunctionConfiguration': {
      const a = c.object(action, at, ACTION_FIELDS.UpdateFunctionConfiguration)
      const changesAt = field(at, 'Changes')
      const changes = c.object(a?.Changes, changesAt, CONFIG_FIELDS)
      if (changes !== undefined) checkConfig(c, changes, changesAt, ctx.layers)
      return undefined
    }
    case 'PutFunctionConcurrency': {
      const a = c.object(action, at, ACTION_FIELDS.PutFunctionConcurrency)
      c.integer(a?.ReservedConcurrentExecutions, field(at, 'ReservedConcurrentExecutions'), { min: 0 })
      return undefined
    }
    case 'DeleteFunctionConcurrency':
      c.object(action, at, ACTION_FIELDS.DeleteFunctionConcurrency)
      return undefined
    case 'UpdateAlias':
    case 'CreateAlias': {
      const a = c.object(action, at, ACTION_FIELDS[kind])
      const name = checkAliasName(c, a?.Name, field(at, 'Name'))
      const primaryAt = field(at, 'FunctionVersion')
      const primary = checkVersionNumber(c, a?.FunctionVersion, primaryAt)
      checkRouting(c, a?.RoutingConfig, field(at, 'RoutingConfig'), { version: primary, at: primaryAt })
      return kind === 'CreateAlias' ? name : undefined
    }
    case 'PutProvisionedConcurrencyConfig': {
      const a = c.object(action, at, ACTION_FIELDS.PutProvisionedConcurrencyConfig)
      const qualifierAt = field(at, 'Qualifier')
      if (c.string(a?.Qualifier, qualifierAt) === LATEST_VERSION) {
        c.report(qualifierAt, 'provisioned-on-latest', 'Provisioned concurrency is configured on a published version or an alias, never on $LATEST')
      }
      c.integer(a?.ProvisionedConcurrentExecutions, field(at, 'ProvisionedConcurrentExecutions'), { min: 1 })
      return undefined
    }
    case 'DeleteProvisionedConcurrencyConfig': {
      const a = c.object(action, at, ACTION_FIELDS.DeleteProvisionedConcurrencyConfig)
      c.string(a?.Qualifier, field(at, 'Qualifier'))
      return undefined
    }
    default: {
      const unknown: never = kind
      throw new Error(`Unhandled timeline action ${String(unknown)}`)
    }
  }
}

/** `$LATEST` or a published version number; which versions exist by then is the engine's to judge. */
function checkVersionNumber(c: Checker, value: unknown, at: string): string | undefined {
  if (value === LATEST_VERSION) return value
  const version = c.string(value, at)
  if (version === undefined || PUBLISHED_VERSION_PATTERN.test(version)) return version
  c.report(at, 'pattern', `FunctionVersion must be "$LATEST" or a published version number such as "1" (got ${describeValue(version)})`)
  return undefined
}
