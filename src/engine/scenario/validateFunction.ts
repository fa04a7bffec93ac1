/** One function: its `$LATEST` settings, versions, aliases, provisioned concurrency and async settings. */
import {
  FUNCTION_NAME_PATTERN, MAX_EVENT_AGE_MAX_SECONDS, MAX_EVENT_AGE_MIN_SECONDS, MAX_RETRY_ATTEMPTS_MAX,
} from '../facts.ts'
import { field, type Checker, type Fields } from './check.ts'
import type { FunctionFacts, PendingTarget } from './context.ts'
import type { DestinationConfig, EventInvokeConfig, FunctionConfig } from './types.ts'
import { CONFIG_FIELDS, checkConfig } from './validateConfig.ts'
import type { LayerIndex } from './validateLayers.ts'
import { checkProvisioned } from './validateProvisioned.ts'
import { checkAliases, checkVersions } from './validateVersions.ts'

const FUNCTION_FIELDS: Fields<FunctionConfig> = {
  ...CONFIG_FIELDS,
  FunctionName: 'required',
  ReservedConcurrentExecutions: 'optional',
  RecursiveLoop: 'optional',
  Versions: 'optional',
  Aliases: 'optional',
  ProvisionedConcurrencyConfigs: 'optional',
  EventInvokeConfig: 'optional',
  DeadLetterConfig: 'optional',
}
const EVENT_INVOKE_FIELDS: Fields<EventInvokeConfig> = {
  MaximumRetryAttempts: 'optional', MaximumEventAgeInSeconds: 'optional', DestinationConfig: 'optional',
}
const DESTINATION_CONFIG_FIELDS: Fields<DestinationConfig> = { OnSuccess: 'optional', OnFailure: 'optional' }
const DESTINATION_FIELDS: Fields<NonNullable<DestinationConfig['OnSuccess']>> = { Destination: 'required' }
/** `PutFunctionRecursionConfig` [D-recursion], [API@2024-08-19]. */
const RECURSIVE_LOOP_SETTINGS: readonly NonNullable<FunctionConfig['RecursiveLoop']>[] = ['Terminate', 'Allow']
const DEAD_LETTER_FIELDS: Fields<NonNullable<FunctionConfig['DeadLetterConfig']>> = { TargetArn: 'required' }

export function checkFunctionName(c: Checker, value: unknown, at: string): string | undefined {
  return c.string(value, at, { pattern: FUNCTION_NAME_PATTERN, expected: '1 to 64 letters, digits, hyphens or underscores' })
}

/** Everything checkable inside the function; references to other resources are returned as `targets`. */
export function checkFunction(c: Checker, value: unknown, at: string, layers: LayerIndex): FunctionFacts | undefined {
  const fn = c.object(value, at, FUNCTION_FIELDS)
  if (fn === undefined) return undefined
  const name = checkFunctionName(c, fn.FunctionName, field(at, 'FunctionName'))
  checkConfig(c, fn, at, layers)
  // Zero is allowed: it throttles every invocation, like the console's Throttle button ([D-reserved] §1.3).
  const reserved = c.integer(fn.ReservedConcurrentExecutions, field(at, 'ReservedConcurrentExecutions'), {
    min: 0, why: '0 throttles every invocation',
  })
  c.oneOf(fn.RecursiveLoop, field(at, 'RecursiveLoop'), RECURSIVE_LOOP_SETTINGS)
  const versions = checkVersions(c, fn.Versions, field(at, 'Versions'), layers)
  const aliases = checkAliases(c, fn.Aliases, field(at, 'Aliases'), versions)
  const provisioned = checkProvisioned(c, fn.ProvisionedConcurrencyConfigs, field(at, 'ProvisionedConcurrencyConfigs'), versions, aliases)
  const targets = [
    ...checkEventInvokeConfig(c, fn.EventInvokeConfig, field(at, 'EventInvokeConfig')),
    ...checkDeadLetterConfig(c, fn.DeadLetterConfig, field(at, 'DeadLetterConfig')),
  ]
  return {
    at,
    name,
    reserved: fn.ReservedConcurrentExecutions === undefined ? 'unset' : (reserved ?? 'invalid'),
    versions,
    aliases,
    provisioned,
    targets,
  }
}

/** Retry and event-age limits of asynchronous invocation ([API], lambda-facts §2.3) and its destinations. */
function checkEventInvokeConfig(c: Checker, value: unknown, at: string): PendingTarget[] {
  const config = c.object(value, at, EVENT_INVOKE_FIELDS)
  if (config === undefined) return []
  c.integer(config.MaximumRetryAttempts, field(at, 'MaximumRetryAttempts'), { min: 0, max: MAX_RETRY_ATTEMPTS_MAX })
  c.integer(config.MaximumEventAgeInSeconds, field(at, 'MaximumEventAgeInSeconds'), {
    min: MAX_EVENT_AGE_MIN_SECONDS, max: MAX_EVENT_AGE_MAX_SECONDS, unit: 'seconds', why: '1 minute to 6 hours',
  })
  const destinationsAt = field(at, 'DestinationConfig')
  const destinations = c.object(config.DestinationConfig, destinationsAt, DESTINATION_CONFIG_FIELDS)
  if (destinations === undefined) return []
  const targets: PendingTarget[] = []
  for (const [key, raw] of [['OnSuccess', destinations.OnSuccess], ['OnFailure', destinations.OnFailure]] as const) {
    const destinationAt = field(destinationsAt, key)
    const destination = c.object(raw, destinationAt, DESTINATION_FIELDS)
    const targetAt = field(destinationAt, 'Destination')
    const target = c.string(destination?.Destination, targetAt)
    if (target !== undefined) targets.push({ at: targetAt, value: target, role: key === 'OnSuccess' ? 'on-success' : 'on-failure' })
  }
  return targets
}

function checkDeadLetterConfig(c: Checker, value: unknown, at: string): PendingTarget[] {
  const config = c.object(value, at, DEAD_LETTER_FIELDS)
  const targetAt = field(at, 'TargetArn')
  const target = c.string(config?.TargetArn, targetAt)
  return target === undefined ? [] : [{ at: targetAt, value: target, role: 'dead-letter' }]
}
