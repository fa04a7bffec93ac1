/** An event source mapping: Lambda's poller for an SQS queue, a Kinesis stream or a DynamoDB table's stream [G-esm]. */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import {
  BATCHING_WINDOW_MAX_SECONDS, ESM_FILTERS_MAX, PARALLELIZATION_FACTOR_MAX, SQS_BATCH_SIZE_DEFAULT, SQS_BATCH_SIZE_MAX, SQS_MAXIMUM_CONCURRENCY_MAX,
  SQS_MAXIMUM_CONCURRENCY_MIN, SQS_MAXIMUM_POLLERS_DEFAULT, SQS_MAXIMUM_POLLERS_MAX, SQS_MAXIMUM_POLLERS_MIN, SQS_MINIMUM_POLLERS_DEFAULT,
  SQS_MINIMUM_POLLERS_MAX, SQS_MINIMUM_POLLERS_MIN, SQS_POLLER_CONCURRENT_INVOKES, SQS_PROVISIONED_MAX_CONCURRENCY, SQS_PROVISIONED_SCALE_UP_PER_MINUTE,
  STREAM_BATCH_SIZE_DEFAULT, STREAM_RECORD_AGE_MAX_SECONDS, STREAM_RECORD_AGE_MIN_SECONDS, STREAM_RETRY_ATTEMPTS_MAX,
  TUMBLING_WINDOW_MAX_SECONDS,
} from '../../../engine/facts.ts'
import { fact } from './facts.ts'
import { rangeText, type FieldSpec } from './fieldTypes.ts'

const STREAMS = 'Streams (Kinesis, DynamoDB)'

export const MAPPING_FIELDS: readonly FieldSpec[] = [
  { path: 'EventSourceArn', label: 'EventSourceArn', kind: 'text', required: true, fact: fact('D-sqs-cfg'), help: 'The queue, Kinesis stream or table (its stream) Lambda polls.' },
  { path: 'FunctionName', label: 'FunctionName', kind: 'text', required: true, fact: fact('D-sqs-cfg'), help: 'The function (or function:alias) invoked synchronously with each batch.' },
  { path: 'Enabled', label: 'Enabled', kind: 'boolean', fact: fact('D-sqs-cfg'), defaultText: 'true', help: 'A disabled mapping stops polling; messages wait.' },
  { path: 'BatchSize', label: 'BatchSize', kind: 'integer', fact: fact('D-sqs-cfg'), range: `SQS 1–${formatNumber(SQS_BATCH_SIZE_MAX)} (FIFO 10), streams 1–${formatNumber(SQS_BATCH_SIZE_MAX)}`,
    defaultText: `${SQS_BATCH_SIZE_DEFAULT} (SQS), ${STREAM_BATCH_SIZE_DEFAULT} (streams)`, help: 'Records per invocation at most; above 10 needs a batching window of at least 1 s.' },
  { path: 'MaximumBatchingWindowInSeconds', label: 'MaximumBatchingWindowInSeconds', kind: 'integer', fact: fact('D-sqs-cfg'), range: rangeText(0, BATCHING_WINDOW_MAX_SECONDS, 'seconds'),
    defaultText: '0', help: 'How long Lambda gathers records before invoking, unless the batch fills first.' },
  { path: 'FunctionResponseTypes', label: 'FunctionResponseTypes', kind: 'list', fact: fact('D-sqs-cfg'), defaultText: 'none',
    help: 'ReportBatchItemFailures: the handler returns batchItemFailures, and only those records are retried.' },
  { path: 'FilterCriteria', label: 'FilterCriteria', kind: 'json', fact: fact('D-filter'), range: `up to ${ESM_FILTERS_MAX} filters, ORed`, defaultText: 'none',
    help: '{"Filters": [{"Pattern": "{\\"body\\": ...}"}]}: records no filter matches are dropped (SQS: deleted).' },
  { path: 'ScalingConfig.MaximumConcurrency', label: 'ScalingConfig.MaximumConcurrency', kind: 'integer', fact: fact('D-sqs-scale'),
    range: rangeText(SQS_MAXIMUM_CONCURRENCY_MIN, SQS_MAXIMUM_CONCURRENCY_MAX), defaultText: 'none', help: 'SQS only: the most concurrent invocations this mapping makes.' },
  { path: 'ProvisionedPollerConfig.MinimumPollers', label: 'ProvisionedPollerConfig.MinimumPollers', kind: 'integer', fact: fact('D-sqs-scale'),
    range: rangeText(SQS_MINIMUM_POLLERS_MIN, SQS_MINIMUM_POLLERS_MAX), defaultText: `${SQS_MINIMUM_POLLERS_DEFAULT} (with provisioned mode)`,
    help: `SQS provisioned mode: event pollers kept ready, ${SQS_POLLER_CONCURRENT_INVOKES} concurrent invokes each, billed per poller-hour; not with MaximumConcurrency.` },
  { path: 'ProvisionedPollerConfig.MaximumPollers', label: 'ProvisionedPollerConfig.MaximumPollers', kind: 'integer', fact: fact('D-sqs-scale'),
    range: rangeText(SQS_MAXIMUM_POLLERS_MIN, SQS_MAXIMUM_POLLERS_MAX), defaultText: `${SQS_MAXIMUM_POLLERS_DEFAULT} (with provisioned mode)`,
    help: `SQS provisioned mode: the most pollers it scales to, ${formatNumber(SQS_PROVISIONED_SCALE_UP_PER_MINUTE)} concurrency a minute, up to ${formatNumber(SQS_PROVISIONED_MAX_CONCURRENCY)}.` },
  { path: 'StartingPosition', label: 'StartingPosition', kind: 'enum', options: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'], group: STREAMS, fact: fact('D-kin-params'),
    help: 'Required for streams: from the oldest record, only new ones, or from a time.' },
  { path: 'StartingPositionTimestamp', label: 'StartingPositionTimestamp', kind: 'number', group: STREAMS, fact: fact('D-kin-params'), help: 'With AT_TIMESTAMP: seconds since the start of the run.' },
  { path: 'ParallelizationFactor', label: 'ParallelizationFactor', kind: 'integer', group: STREAMS, fact: fact('D-kin-params'), range: rangeText(1, PARALLELIZATION_FACTOR_MAX), defaultText: '1',
    help: 'Concurrent batches per shard: concurrency = shards × this.' },
  { path: 'BisectBatchOnFunctionError', label: 'BisectBatchOnFunctionError', kind: 'boolean', group: STREAMS, fact: fact('D-kin-fail'), defaultText: 'false',
    help: 'Split a failing batch in two and retry each half, without using up retries.' },
  { path: 'MaximumRetryAttempts', label: 'MaximumRetryAttempts', kind: 'integer', group: STREAMS, fact: fact('D-kin-params'), range: `−1 (until the record expires) to ${formatNumber(STREAM_RETRY_ATTEMPTS_MAX)}`,
    defaultText: '-1', help: 'Retries of a failing batch before it is set aside; the shard waits meanwhile.' },
  { path: 'MaximumRecordAgeInSeconds', label: 'MaximumRecordAgeInSeconds', kind: 'integer', group: STREAMS, fact: fact('D-kin-params'),
    range: `−1, or ${rangeText(STREAM_RECORD_AGE_MIN_SECONDS, STREAM_RECORD_AGE_MAX_SECONDS, 'seconds')}`, defaultText: '-1', help: 'Records older than this are skipped.' },
  { path: 'TumblingWindowInSeconds', label: 'TumblingWindowInSeconds', kind: 'integer', group: STREAMS, fact: fact('D-kin-params'), range: rangeText(0, TUMBLING_WINDOW_MAX_SECONDS, 'seconds'),
    defaultText: 'none', help: 'Aggregate over windows: the handler gets and returns a state per shard.' },
  { path: 'DestinationConfig.OnFailure.Destination', label: 'OnFailure destination', kind: 'text', group: STREAMS, fact: fact('D-kin-fail'), defaultText: 'none',
    help: 'A queue, topic or bucket that receives a record of each batch given up on.' },
]
