/**
 * Event source mappings whose `EventSourceArn` is an SQS queue (by name, ARN or URL); mappings of
 * streams and tables are checked with them. The rules Lambda's CreateEventSourceMapping enforces
 * for SQS [API], [D-sqs-cfg], [G-esm] §3.1–§3.3:
 * - `BatchSize` 1–10,000 (FIFO: 1–10); above 10 it needs `MaximumBatchingWindowInSeconds` ≥ 1;
 * - `MaximumBatchingWindowInSeconds` 0–300, standard queues only;
 * - `ScalingConfig.MaximumConcurrency` 2–1,000; up to 5 filters, each a valid pattern [D-filter];
 * - `ProvisionedPollerConfig`: `MinimumPollers` 2–200 ≤ `MaximumPollers` 2–10,000, not with
 *   `MaximumConcurrency` [D-sqs-cfg], [D-api-poller];
 * - the function's `Timeout` must not exceed the queue's `VisibilityTimeout`.
 */
import {
  BATCH_SIZE_WITHOUT_WINDOW_MAX, BATCHING_WINDOW_MAX_SECONDS, ESM_FILTERS_MAX, SQS_BATCH_SIZE_DEFAULT, SQS_BATCH_SIZE_MAX,
  SQS_FIFO_BATCH_SIZE_MAX, SQS_MAXIMUM_CONCURRENCY_MAX, SQS_MAXIMUM_CONCURRENCY_MIN, SQS_MAXIMUM_POLLERS_DEFAULT, SQS_MAXIMUM_POLLERS_MAX,
  SQS_MAXIMUM_POLLERS_MIN, SQS_MINIMUM_POLLERS_DEFAULT, SQS_MINIMUM_POLLERS_MAX, SQS_MINIMUM_POLLERS_MIN, TIMEOUT_DEFAULT_SECONDS,
} from '../facts.ts'
import { compilePatternText } from '../sources/patterns.ts'
import { isQueueReference, queueNameOf } from '../sources/sqs/references.ts'
import { field, isObject, item, type Fields, type Raw } from './check.ts'
import type { ScenarioContext } from './context.ts'
import { parseFunctionTarget } from './references.ts'
import type { EventSourceMappingConfig, FunctionConfig, ProvisionedPollerConfig, Scenario } from './types.ts'
import type { QueueFacts } from './validateQueues.ts'
import { checkFunctionAtStart, checkQueueOrTopic, reportPatternProblems } from './validatePushReferences.ts'

export const MAPPING_FIELDS: Fields<EventSourceMappingConfig> = {
  EventSourceArn: 'required', FunctionName: 'required', Enabled: 'optional', BatchSize: 'optional',
  MaximumBatchingWindowInSeconds: 'optional', FunctionResponseTypes: 'optional', FilterCriteria: 'optional', ScalingConfig: 'optional',
  StartingPosition: 'optional', StartingPositionTimestamp: 'optional', ParallelizationFactor: 'optional',
  BisectBatchOnFunctionError: 'optional', MaximumRetryAttempts: 'optional', MaximumRecordAgeInSeconds: 'optional',
  TumblingWindowInSeconds: 'optional', DestinationConfig: 'optional', ProvisionedPollerConfig: 'optional',
}
/** Kinesis and DynamoDB Streams settings, which an SQS mapping does not take. */
const STREAM_FIELDS = [
  'StartingPosition', 'StartingPositionTimestamp', 'ParallelizationFactor', 'BisectBatchOnFunctionError', 'MaximumRetryAttempts',
  'MaximumRecordAgeInSeconds', 'TumblingWindowInSeconds', 'DestinationConfig',
] as const satisfies readonly (keyof EventSourceMappingConfig)[]

type FilterCriteria = NonNullable<EventSourceMappingConfig['FilterCriteria']>
const FILTER_CRITERIA_FIELDS: Fields<FilterCriteria> = { Filters: 'required' }
const FILTER_FIELDS: Fields<FilterCriteria['Filters'][number]> = { Pattern: 'required' }
const SCALING_FIELDS: Fields<NonNullable<EventSourceMappingConfig['ScalingConfig']>> = { MaximumConcurrency: 'optional' }
const POLLER_FIELDS: Fields<ProvisionedPollerConfig> = { MinimumPollers: 'optional', MaximumPollers: 'optional' }

export function checkSqsMappings(ctx: ScenarioContext, scenario: Raw<Scenario>, queues: ReadonlyMap<string, QueueFacts>): void {
  const mappings = scenario.EventSourceMappings
  if (!Array.isArray(mappings)) return
  mappings.forEach((entry, i) => {
    if (!isObject(entry)) return
    const at = item('EventSourceMappings', i)
    const raw: Raw<EventSourceMappingConfig> = entry
    const queueName = queueOf(ctx, raw.EventSourceArn, field(at, 'EventSourceArn'))
    if (queueName === undefined) return
    const queue = queues.get(queueName)
    if (queue !== undefined) checkSqsMapping(ctx, raw, at, queue, scenario.Functions)
  })
}

/** The queue a mapping reads, or undefined when its source is not a queue (or is one the scenario lacks, reported). */
export function queueOf(ctx: ScenarioContext, value: unknown, at: string): string | undefined {
  if (typeof value !== 'string') return undefined
  if (value.startsWith('arn:aws:sqs:')) return checkQueueOrTopic(ctx, value, at, 'Queue')?.name
  if (isQueueReference(value)) return checkQueueOrTopic(ctx, queueNameOf(value), at, 'Queue')?.name
  return ctx.queues.has(value) ? value : undefined
}

/**
 * One mapping of `queue`, whatever its source field says (the document's, or one that
 * UpdateEventSourceMapping changes); `functions` is the document's `Functions`, for their Timeout.
 */
export function checkSqsMapping(ctx: ScenarioContext, raw: Raw<EventSourceMappingConfig>, at: string, queue: QueueFacts, functions: unknown): void {
  const { c } = ctx
  c.object(raw, at, MAPPING_FIELDS)
  for (const name of STREAM_FIELDS) {
    if (raw[name] !== undefined) c.report(field(at, name), 'mapping-field', `${name} is a Kinesis and DynamoDB Streams setting; an SQS event source mapping does not take it`)
  }
  c.boolean(raw.Enabled, field(at, 'Enabled'))
  const batchMax = queue.fifo ? SQS_FIFO_BATCH_SIZE_MAX : SQS_BATCH_SIZE_MAX
  const batchSize = c.integer(raw.BatchSize, field(at, 'BatchSize'), {
    min: 1, max: batchMax, why: queue.fifo ? 'a FIFO queue sends at most 10 messages per batch' : 'Lambda reads at most 10,000 messages per batch from a standard queue',
  }) ?? SQS_BATCH_SIZE_DEFAULT
  const windowAt = field(at, 'MaximumBatchingWindowInSeconds')
  const window = c.integer(raw.MaximumBatchingWindowInSeconds, windowAt, { min: 0, max: BATCHING_WINDOW_MAX_SECONDS, unit: 'seconds' })
  if (queue.fifo && window !== undefined && window > 0) {
    c.report(windowAt, 'batching-window', 'A batching window applies to standard queues only; a FIFO queue mapping invokes as soon as it has messages')
  } else if (batchSize > BATCH_SIZE_WITHOUT_WINDOW_MAX && (raw.MaximumBatchingWindowInSeconds === undefined || window === 0)) {
    c.report(field(at, 'BatchSize'), 'batching-window', `A BatchSize above ${BATCH_SIZE_WITHOUT_WINDOW_MAX} needs MaximumBatchingWindowInSeconds of at least 1 (got BatchSize ${batchSize} with no window)`)
  }
  c.array(raw.FunctionResponseTypes, field(at, 'FunctionResponseTypes'))?.forEach((type, k) => {
    c.oneOf(type, item(field(at, 'FunctionResponseTypes'), k), ['ReportBatchItemFailures'])
  })
  checkFilters(ctx, raw.FilterCriteria, field(at, 'FilterCriteria'))
  const scaling = c.object(raw.ScalingConfig, field(at, 'ScalingConfig'), SCALING_FIELDS)
  const maximumConcurrency = c.integer(scaling?.MaximumConcurrency, field(field(at, 'ScalingConfig'), 'MaximumConcurrency'), {
    min: SQS_MAXIMUM_CONCURRENCY_MIN, max: SQS_MAXIMUM_CONCURRENCY_MAX, why: 'the concurrent invocations one SQS mapping may make',
  })
  const pollersAt = field(at, 'ProvisionedPollerConfig')
  if (checkProvisionedPollers(ctx, raw.ProvisionedPollerConfig, pollersAt) && maximumConcurrency !== undefined) {
    c.report(pollersAt, 'scaling-mode', 'Provisioned mode (ProvisionedPollerConfig) and ScalingConfig.MaximumConcurrency are mutually exclusive: the pollers bound the concurrency')
  }
  const functionAt = field(at, 'FunctionName')
  if (!checkFunctionAtStart(ctx, raw.FunctionName, functionAt)) return
  const timeout = timeoutOf(functions, raw.FunctionName as string)
  if (timeout !== undefined && queue.visibilityTimeout !== undefined && timeout > queue.visibilityTimeout) {
    c.report(functionAt, 'visibility-timeout', `The function's Timeout (${timeout} s) is longer than the queue's VisibilityTimeout (${queue.visibilityTimeout} s); Lambda refuses the mapping, as a message would come back while its batch still runs`)
  }
}

/** `ProvisionedPollerConfig`: true when present (valid or not), so the caller can check it against `MaximumConcurrency`. */
function checkProvisionedPollers(ctx: ScenarioContext, value: unknown, at: string): boolean {
  const { c } = ctx
  const pollers = c.object(value, at, POLLER_FIELDS)
  if (pollers === undefined) return value !== undefined
  const minimum = c.integer(pollers.MinimumPollers, field(at, 'MinimumPollers'), {
    min: SQS_MINIMUM_POLLERS_MIN, max: SQS_MINIMUM_POLLERS_MAX, why: 'the event pollers an SQS mapping keeps ready',
  }) ?? SQS_MINIMUM_POLLERS_DEFAULT
  const maximum = c.integer(pollers.MaximumPollers, field(at, 'MaximumPollers'), {
    min: SQS_MAXIMUM_POLLERS_MIN, max: SQS_MAXIMUM_POLLERS_MAX, why: 'the event pollers an SQS mapping may scale to',
  }) ?? SQS_MAXIMUM_POLLERS_DEFAULT
  if (minimum > maximum) c.report(field(at, 'MinimumPollers'), 'min-max', `MinimumPollers (${minimum}) must not exceed MaximumPollers (${maximum})`)
  return true
}

/** `FilterCriteria`: at most 5 filters, each a valid event pattern [D-filter] (stream mappings check theirs with it). */
export function checkFilters(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const criteria = c.object(value, at, FILTER_CRITERIA_FIELDS)
  const filtersAt = field(at, 'Filters')
  const filters = c.array(criteria?.Filters, filtersAt)
  if (filters === undefined) return
  if (filters.length > ESM_FILTERS_MAX) c.report(filtersAt, 'length', `An event source mapping takes at most ${ESM_FILTERS_MAX} filters (got ${filters.length})`)
  filters.forEach((entry, k) => {
    const filterAt = item(filtersAt, k)
    const filter = c.object(entry, filterAt, FILTER_FIELDS)
    const text = c.string(filter?.Pattern, field(filterAt, 'Pattern'))
    if (text === undefined) return
    const compiled = compilePatternText(text)
    if (!compiled.ok) reportPatternProblems(ctx, field(filterAt, 'Pattern'), compiled.problems, 'Filter pattern')
  })
}

/** The Timeout of the function (or of the published version) a mapping invokes; undefined when not a valid number. */
function timeoutOf(functions: unknown, reference: string): number | undefined {
  const target = parseFunctionTarget(reference)
  if (!Array.isArray(functions) || target === undefined) return undefined
  const doc = functions.find((f): f is Raw<FunctionConfig> => isObject(f) && f.FunctionName === target.name)
  if (doc === undefined) return undefined
  const versions = Array.isArray(doc.Versions) ? doc.Versions : []
  const version = versions.find((v): v is Record<string, unknown> => isObject(v) && v.Version === target.qualifier)
  const timeout = version?.Timeout ?? doc.Timeout ?? TIMEOUT_DEFAULT_SECONDS
  return typeof timeout === 'number' ? timeout : undefined
}
