/**
 * Kinesis data streams (`Streams`) and DynamoDB tables' streams (`Tables[].StreamSpecification`),
 * then the event source mappings that read them (validateStreamMappings.ts).
 * - `StreamName` 1–128 of `[a-zA-Z0-9_.-]`, unique; `ShardCount` 1–500 (the simulator's bound);
 *   `RetentionPeriodHours` 24–8,760 (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html);
 * - `StreamSpecification`: `StreamEnabled`, and with it a `StreamViewType`, which DynamoDB requires
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html).
 */
import { KINESIS_RETENTION_MAX_HOURS, KINESIS_RETENTION_MIN_HOURS, STREAM_NAME_PATTERN, STREAM_SHARDS_MAX } from '../facts.ts'
import { field, isObject, item, type Fields, type Raw } from './check.ts'
import type { ScenarioContext } from './context.ts'
import type { Scenario, StreamConfig, StreamSpecification, StreamViewType, TableConfig } from './types.ts'
import { checkStreamMappings } from './validateStreamMappings.ts'

const STREAM_FIELDS: Fields<StreamConfig> = { StreamName: 'required', ShardCount: 'optional', RetentionPeriodHours: 'optional' }
const SPECIFICATION_FIELDS: Fields<StreamSpecification> = { StreamEnabled: 'required', StreamViewType: 'optional' }
const VIEW_TYPES: readonly StreamViewType[] = ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']

function checkKinesisStreams(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const names = new Set<string>()
  c.array(value, at)?.forEach((entry, i) => {
    const streamAt = item(at, i)
    const stream = c.object(entry, streamAt, STREAM_FIELDS)
    if (stream === undefined) return
    const nameAt = field(streamAt, 'StreamName')
    const name = c.string(stream.StreamName, nameAt, { pattern: STREAM_NAME_PATTERN, expected: '1 to 128 letters, digits, underscores, hyphens or dots' })
    if (name !== undefined && names.has(name)) c.report(nameAt, 'duplicate', `There is already a stream named ${name}; stream names are unique in an account and Region`)
    else if (name !== undefined) names.add(name)
    c.integer(stream.ShardCount, field(streamAt, 'ShardCount'), { min: 1, max: STREAM_SHARDS_MAX, why: 'the simulator runs up to 500 shards per stream' })
    c.integer(stream.RetentionPeriodHours, field(streamAt, 'RetentionPeriodHours'), {
      min: KINESIS_RETENTION_MIN_HOURS, max: KINESIS_RETENTION_MAX_HOURS, unit: 'hours', why: 'Kinesis keeps records from 24 hours to 365 days',
    })
  })
}

function checkStreamSpecification(ctx: ScenarioContext, value: unknown, at: string): void {
  const { c } = ctx
  const spec = c.object(value, at, SPECIFICATION_FIELDS)
  if (spec === undefined) return
  const enabled = c.boolean(spec.StreamEnabled, field(at, 'StreamEnabled'))
  c.oneOf(spec.StreamViewType, field(at, 'StreamViewType'), VIEW_TYPES)
  if (enabled === true && spec.StreamViewType === undefined) {
    c.report(field(at, 'StreamViewType'), 'required', `StreamViewType is required when StreamEnabled is true: one of ${VIEW_TYPES.join(', ')} (which images each record carries)`)
  }
}

/** The names of the tables whose stream is enabled (and valid), which mappings may read. */
function enabledTableStreams(ctx: ScenarioContext, tables: unknown): ReadonlySet<string> {
  const enabled = new Set<string>()
  if (!Array.isArray(tables)) return enabled
  tables.forEach((entry, i) => {
    if (!isObject(entry)) return
    const table: Raw<TableConfig> = entry
    if (table.StreamSpecification === undefined) return
    const before = ctx.c.errors.length
    checkStreamSpecification(ctx, table.StreamSpecification, field(item('Tables', i), 'StreamSpecification'))
    const spec = table.StreamSpecification as Raw<StreamSpecification>
    if (ctx.c.errors.length === before && spec.StreamEnabled === true && typeof table.TableName === 'string') enabled.add(table.TableName)
  })
  return enabled
}

export function checkStreams(ctx: ScenarioContext, scenario: Raw<Scenario>): void {
  checkKinesisStreams(ctx, scenario.Streams, 'Streams')
  checkStreamMappings(ctx, scenario, enabledTableStreams(ctx, scenario.Tables))
}
