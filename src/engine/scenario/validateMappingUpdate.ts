/**
 * One `UpdateEventSourceMapping`: which settings it may change, and whether the mapping they make
 * is one Lambda accepts. UpdateEventSourceMapping takes a mapping's settings again, except its
 * source and where a stream is read from [API]:
 * - SQS: `Enabled`, `BatchSize`, `MaximumBatchingWindowInSeconds`, `FunctionResponseTypes`,
 *   `FilterCriteria`, `ScalingConfig`, `ProvisionedPollerConfig`, `FunctionName`;
 * - Kinesis and DynamoDB Streams: the same but `ScalingConfig` and `ProvisionedPollerConfig`, and
 *   `ParallelizationFactor`, `TumblingWindowInSeconds`, `BisectBatchOnFunctionError`, `MaximumRetryAttempts`,
 *   `MaximumRecordAgeInSeconds`, `DestinationConfig`.
 * The source and where a stream is read from are refused, naming why (rule `mapping-update`).
 * The merged mapping is checked by the same rules as the document's mappings, so an update that
 * would make an invalid mapping (a BatchSize above 10 with no window) is refused where it is written.
 * The Timeline's entries (validateMappingUpdates.ts) and the engine's `apply` (actions/) both use it.
 */
import { Checker, field, type Fields, type JsonObject } from './check.ts'
import type { ScenarioContext } from './context.ts'
import type { Action, EventSourceMappingConfig } from './types.ts'
import type { QueueFacts } from './validateQueues.ts'
import { checkSqsMapping } from './validateSqsMapping.ts'
import { checkStreamMapping } from './validateStreamMappings.ts'

export type MappingUpdateAction = Extract<Action, { Action: 'UpdateEventSourceMapping' }>

export const UPDATE_FIELDS: Fields<MappingUpdateAction> = {
  Action: 'required', UUID: 'required', FunctionName: 'optional', Enabled: 'optional', BatchSize: 'optional',
  MaximumBatchingWindowInSeconds: 'optional', FunctionResponseTypes: 'optional', FilterCriteria: 'optional', ScalingConfig: 'optional',
  ProvisionedPollerConfig: 'optional', ParallelizationFactor: 'optional', TumblingWindowInSeconds: 'optional',
  BisectBatchOnFunctionError: 'optional', MaximumRetryAttempts: 'optional', MaximumRecordAgeInSeconds: 'optional', DestinationConfig: 'optional',
}

/** Settings an update does not change, and why. */
export const NOT_UPDATED: Readonly<Record<string, string>> = {
  EventSourceArn: 'A mapping reads one source for its whole life; create another mapping to read another',
  StartingPosition: "Where a stream mapping starts reading is fixed when it is created",
  StartingPositionTimestamp: "Where a stream mapping starts reading is fixed when it is created",
}

const SHAPE: Readonly<Record<string, 'required' | 'optional'>> = { ...UPDATE_FIELDS, ...Object.fromEntries(Object.keys(NOT_UPDATED).map((key) => [key, 'optional'])) }

/** What the updated mapping reads: a queue (its facts, and the document's functions for their Timeout), or a stream. */
export type MappingSource =
  | { readonly kind: 'queue'; readonly queue: QueueFacts; readonly functions: unknown }
  | { readonly kind: 'stream' }

function checkAs(ctx: ScenarioContext, mapping: JsonObject, at: string, source: MappingSource): void {
  if (source.kind === 'queue') checkSqsMapping(ctx, mapping, at, source.queue, source.functions)
  else checkStreamMapping(ctx, mapping, at)
}

/** Whether the mapping as it stands is valid: an update of an invalid one is not checked across fields. */
export function isValidMapping(ctx: ScenarioContext, mapping: EventSourceMappingConfig, source: MappingSource): boolean {
  const scratch = new Checker()
  checkAs({ ...ctx, c: scratch }, mapping as unknown as JsonObject, '', source)
  return scratch.errors.length === 0
}

/**
 * Checks `update` (an entry's `Do`, at `at`) against `base` and returns the mapping it makes;
 * undefined when it is refused (reported). Errors about a setting the update changes are reported
 * at that setting; those the update causes in settings it leaves are reported at `at`. A null
 * `base` (a mapping that is itself invalid, reported where it is) has the update's shape checked only.
 */
export function checkMappingUpdate(
  ctx: ScenarioContext, base: EventSourceMappingConfig | null, update: JsonObject, at: string, source: MappingSource,
): EventSourceMappingConfig | undefined {
  const { c } = ctx
  const before = c.errors.length
  const raw = c.object(update, at, SHAPE)
  if (raw === undefined) return undefined
  for (const [key, why] of Object.entries(NOT_UPDATED)) {
    if (raw[key] !== undefined) c.report(field(at, key), 'mapping-update', `${why}; UpdateEventSourceMapping does not change ${key}`)
  }
  if (base === null) return undefined
  const changes = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'Action' && key !== 'UUID' && Object.hasOwn(UPDATE_FIELDS, key)))
  const merged = { ...base, ...changes } as EventSourceMappingConfig
  const scratch = new Checker()
  checkAs({ ...ctx, c: scratch }, merged as unknown as JsonObject, at, source)
  for (const error of scratch.errors) {
    const key = error.path.slice(at.length + 1).split(/[.[]/)[0] ?? ''
    if (Object.hasOwn(changes, key)) c.report(error.path, error.rule, error.message)
    else c.report(at, error.rule, `With this update: ${error.message}`)
  }
  return c.errors.length === before ? merged : undefined
}
