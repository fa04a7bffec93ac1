/**
 * Event source mappings that read a Kinesis stream or a table's stream (those reading a queue are
 * validateSqsMapping.ts's), with the rules of CreateEventSourceMapping [D-kin-params], [D-ddb-params],
 * [API] §3.1, §3.4, §3.5:
 * - the source is a stream of the scenario, or a table whose stream is enabled;
 * - `StartingPosition` is required: TRIM_HORIZON, LATEST, or (Kinesis only) AT_TIMESTAMP, which
 *   needs `StartingPositionTimestamp` (here seconds since the start of the run);
 * - `BatchSize` 1–10,000 (set above 10, it needs `MaximumBatchingWindowInSeconds` ≥ 1), the window
 *   0–300 s, `ParallelizationFactor` 1–10, `MaximumRetryAttempts` −1–10,000, `MaximumRecordAgeInSeconds`
 *   −1 or 60–604,800, `TumblingWindowInSeconds` 0–900, up to 5 filters;
 * - the on-failure destination is a standard queue, a standard topic or a bucket.
 * DynamoDB's parameter table gives `MaximumRetryAttempts` a minimum of 0 while the API takes −1 (its
 * default) (§12 point 6): −1 is accepted for both, as the API does.
 */
import {
  BATCH_SIZE_WITHOUT_WINDOW_MAX, BATCHING_WINDOW_MAX_SECONDS, PARALLELIZATION_FACTOR_MAX, STREAM_BATCH_SIZE_MAX,
  STREAM_RECORD_AGE_MAX_SECONDS, STREAM_RECORD_AGE_MIN_SECONDS, STREAM_RETRY_ATTEMPTS_MAX, TUMBLING_WINDOW_MAX_SECONDS,
} from '../facts.ts'
import { isQueueReference } from '../sources/sqs/references.ts'
import { field, isObject, item, type Fields, type Raw } from './check.ts'
import { withinRun, type ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import type { EventSourceMappingConfig, Scenario, StartingPosition } from './types.ts'
import { checkFunctionAtStart } from './validatePushReferences.ts'
import { checkFilters, MAPPING_FIELDS } from './validateSqsMapping.ts'
import { checkStreamDestination, checkStreamSource, type StreamSourceKind } from './validateStreamReferences.ts'

type DestinationConfig = NonNullable<EventSourceMappingConfig['DestinationConfig']>
const DESTINATION_FIELDS: Fields<DestinationConfig> = { OnFailure: 'optional' }
const ON_FAILURE_FIELDS: Fields<NonNullable<DestinationConfig['OnFailure']>> = { Destination: 'required' }
const POSITIONS: readonly StartingPosition[] = ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']

/** Mappings whose source is spelt as a queue (an SQS ARN or URL, or a queue's name) are the SQS checks'. */
export function readsQueue(ctx: ScenarioContext, source: unknown): boolean {
  return typeof source === 'string' && (isQueueReference(source) || ctx.queues.has(source))
}

export function checkStreamMappings(ctx: ScenarioContext, scenario: Raw<Scenario>, tableStreams: ReadonlySet<string>): void {
  const mappings = scenario.EventSourceMappings
  if (!Array.isArray(mappings)) return
  mappings.forEach((entry, i) => {
    if (isObject(entry) && readsQueue(ctx, entry.EventSourceArn)) return
    const at = item('EventSourceMappings', i)
    const raw = ctx.c.object(entry, at, MAPPING_FIELDS)
    if (raw === undefined) return
    const kind = checkStreamSource(ctx, raw.EventSourceArn, field(at, 'EventSourceArn'), tableStreams)
    checkStreamMapping(ctx, raw, at)
    checkStartingPosition(ctx, raw, at, kind)
  })
}

/** What a stream mapping sets besides its source and starting position: its function, its settings, its destination. */
export function checkStreamMapping(ctx: ScenarioContext, raw: Raw<EventSourceMappingConfig>, at: string): void {
  checkFunctionAtStart(ctx, raw.FunctionName, field(at, 'FunctionName'))
  checkSettings(ctx, raw, at)
  checkDestination(ctx, raw.DestinationConfig, field(at, 'DestinationConfig'))
}

function checkSettings(ctx: ScenarioContext, raw: Raw<EventSourceMappingConfig>, at: string): void {
  const { c } = ctx
  c.boolean(raw.Enabled, field(at, 'Enabled'))
  const batchSize = c.integer(raw.BatchSize, field(at, 'BatchSize'), { min: 1, max: STREAM_BATCH_SIZE_MAX, why: 'Lambda reads at most 10,000 records per batch' })
  const window = c.integer(raw.MaximumBatchingWindowInSeconds, field(at, 'MaximumBatchingWindowInSeconds'), { min: 0, max: BATCHING_WINDOW_MAX_SECONDS, unit: 'seconds' })
  // "When you set BatchSize to a value greater than 10, you must set MaximumBatchingWindowInSeconds to at least 1" [API]: the default 100 needs no window.
  if (batchSize !== undefined && batchSize > BATCH_SIZE_WITHOUT_WINDOW_MAX && (raw.MaximumBatchingWindowInSeconds === undefined || window === 0)) {
    c.report(field(at, 'BatchSize'), 'batching-window', `A BatchSize set above ${BATCH_SIZE_WITHOUT_WINDOW_MAX} needs MaximumBatchingWindowInSeconds of at least 1 (got BatchSize ${batchSize} with no window)`)
  }
  c.integer(raw.ParallelizationFactor, field(at, 'ParallelizationFactor'), { min: 1, max: PARALLELIZATION_FACTOR_MAX, why: 'Lambda processes up to 10 batches per shard at once' })
  c.boolean(raw.BisectBatchOnFunctionError, field(at, 'BisectBatchOnFunctionError'))
  c.integer(raw.MaximumRetryAttempts, field(at, 'MaximumRetryAttempts'), { min: -1, max: STREAM_RETRY_ATTEMPTS_MAX, why: '−1 retries until the record expires' })
  const ageAt = field(at, 'MaximumRecordAgeInSeconds')
  const age = c.integer(raw.MaximumRecordAgeInSeconds, ageAt, { min: -1, max: STREAM_RECORD_AGE_MAX_SECONDS, unit: 'seconds', why: '−1 keeps records until they expire' })
  if (age !== undefined && age >= 0 && age < STREAM_RECORD_AGE_MIN_SECONDS) {
    c.report(ageAt, 'range', `MaximumRecordAgeInSeconds must be -1 (until the record expires) or from ${STREAM_RECORD_AGE_MIN_SECONDS} to 604,800 seconds (got ${age})`)
  }
  c.integer(raw.TumblingWindowInSeconds, field(at, 'TumblingWindowInSeconds'), { min: 0, max: TUMBLING_WINDOW_MAX_SECONDS, unit: 'seconds' })
  c.array(raw.FunctionResponseTypes, field(at, 'FunctionResponseTypes'))?.forEach((type, k) => {
    c.oneOf(type, item(field(at, 'FunctionResponseTypes'), k), ['ReportBatchItemFailures'])
  })
  checkFilters(ctx, raw.FilterCriteria, field(at, 'FilterCriteria'))
  if (raw.ScalingConfig !== undefined) {
    c.report(field(at, 'ScalingConfig'), 'mapping-field', 'ScalingConfig (MaximumConcurrency) is an SQS setting; a stream mapping scales with its shards and ParallelizationFactor')
  }
  if (raw.ProvisionedPollerConfig !== undefined) {
    c.report(field(at, 'ProvisionedPollerConfig'), 'mapping-field', 'Provisioned mode (ProvisionedPollerConfig) is for SQS and Kafka mappings; a Kinesis or DynamoDB stream mapping scales with its shards and ParallelizationFactor')
  }
}

function checkStartingPosition(ctx: ScenarioContext, raw: Raw<EventSourceMappingConfig>, at: string, kind: StreamSourceKind | undefined): void {
  const { c } = ctx
  const positionAt = field(at, 'StartingPosition')
  const timestampAt = field(at, 'StartingPositionTimestamp')
  if (raw.StartingPosition === undefined) {
    c.report(positionAt, 'required', 'StartingPosition is required for a stream: TRIM_HORIZON (the oldest record), LATEST (new records) or, for Kinesis, AT_TIMESTAMP')
  }
  const position = c.oneOf(raw.StartingPosition, positionAt, POSITIONS)
  if (position === 'AT_TIMESTAMP' && kind === 'Table') {
    c.report(positionAt, 'starting-position', 'AT_TIMESTAMP is for Kinesis streams; a DynamoDB stream starts at TRIM_HORIZON or LATEST')
  }
  if (position === 'AT_TIMESTAMP' && raw.StartingPositionTimestamp === undefined) {
    c.report(timestampAt, 'required', 'StartingPositionTimestamp is required with AT_TIMESTAMP: the second of the run from which records are read')
  } else if (position !== undefined && position !== 'AT_TIMESTAMP' && raw.StartingPositionTimestamp !== undefined) {
    c.report(timestampAt, 'starting-position', `StartingPositionTimestamp applies only to AT_TIMESTAMP (StartingPosition is ${position})`)
  }
  c.number(raw.StartingPositionTimestamp, timestampAt, withinRun(ctx))
}

function checkDestination(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const config = c.object(value, at, DESTINATION_FIELDS)
  const onFailureAt = field(at, 'OnFailure')
  const onFailure = c.object(config?.OnFailure, onFailureAt, ON_FAILURE_FIELDS)
  if (onFailure?.Destination === undefined) return
  const destinationAt = field(onFailureAt, 'Destination')
  if (typeof onFailure.Destination !== 'string') {
    c.report(destinationAt, 'type', `Destination must be a queue, topic or bucket name or ARN (got ${describeValue(onFailure.Destination)})`)
    return
  }
  checkStreamDestination(ctx, onFailure.Destination, destinationAt)
}
