/** A Kinesis data stream. */
import { KINESIS_RETENTION_DEFAULT_HOURS, KINESIS_RETENTION_MAX_HOURS, STREAM_SHARDS_MAX } from '../../../engine/facts.ts'
import { fact } from './facts.ts'
import { nameField, rangeText, type FieldSpec } from './fieldTypes.ts'

export const STREAM_FIELDS: readonly FieldSpec[] = [
  nameField('StreamName', fact('Kinesis-CreateStream'), '1–128 letters, digits, underscores, hyphens or dots', 'Unique in the account and Region'),
  { path: 'ShardCount', label: 'ShardCount', kind: 'integer', fact: fact('D-kin-params'), range: rangeText(1, STREAM_SHARDS_MAX), defaultText: '1',
    help: 'Records are spread over shards by partition key; a mapping processes one batch per shard at a time (× ParallelizationFactor).' },
  { path: 'RetentionPeriodHours', label: 'RetentionPeriodHours', kind: 'integer', fact: fact('Kinesis-Retention'), range: rangeText(KINESIS_RETENTION_DEFAULT_HOURS, KINESIS_RETENTION_MAX_HOURS, 'hours'),
    defaultText: String(KINESIS_RETENTION_DEFAULT_HOURS), help: 'How long records stay readable; a failing batch can block its shard until then.' },
]
