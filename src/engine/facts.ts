/**
 * Lambda's documented numbers, each with its source tag from shared/reference/lambda-facts.md
 * (§14 resolves the tags to addresses). The engine, the validator and the UI read them from here,
 * and every one the engine models has a test named after its rule.
 */

/** Default account concurrency per Region. [D-concurrency] §1.2 */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000
/** Lambda always keeps this much account concurrency unreserved. [D-reserved] §1.2 */
export const UNRESERVED_MINIMUM = 100
/** Account requests per second = 10 × the concurrency limit (synchronous invokes). [D-concurrency] §1.2 */
export const RPS_PER_CONCURRENCY = 10
/** Provisioned concurrency serves at most 10 × its allocation in requests per second. [D-quotas] §1.2 */
export const PC_RPS_PER_ENVIRONMENT = 10

/** Per-function scaling since Nov 2023: 1,000 new environments per 10 s, refilled continuously. [D-scaling] §1.5 */
export const PER_FUNCTION_SCALING_ENVIRONMENTS = 1000
export const PER_FUNCTION_SCALING_WINDOW_SECONDS = 10
/** Legacy (before Nov 2023) account-wide burst by Region, then +500 per minute. [G-scaling] §1.5 */
export const LEGACY_BURST_BY_REGION: Readonly<Record<string, number>> = {
  'us-west-2': 3000, 'us-east-1': 3000, 'eu-west-1': 3000,
  'ap-northeast-1': 1000, 'eu-central-1': 1000, 'us-east-2': 1000,
}
export const LEGACY_BURST_OTHER_REGIONS = 500
export const LEGACY_SCALING_PER_MINUTE = 500

/** Provisioned concurrency allocation: up to 6,000 environments per minute per function. [D-pc] §1.4 */
export const PC_ALLOCATION_PER_MINUTE = 6000
/** Before Nov 2023: up to 3,000 at once (by Region), then 500 per minute. [G-pc] §1.4 */
export const LEGACY_PC_ALLOCATION_PER_MINUTE = 500

export const MEMORY_MIN_MB = 128
export const MEMORY_MAX_MB = 10240
export const MEMORY_DEFAULT_MB = 128
/** One full vCPU at 1,769 MB; CPU scales with memory up to 6 vCPU. [D-memory] §5 */
export const MB_PER_VCPU = 1769
export const MAX_VCPU = 6
export const TIMEOUT_MIN_SECONDS = 1
export const TIMEOUT_MAX_SECONDS = 900
export const TIMEOUT_DEFAULT_SECONDS = 3
export const EPHEMERAL_STORAGE_MIN_MB = 512
export const EPHEMERAL_STORAGE_MAX_MB = 10240
/** All environment variables together. [D-quotas] §5 */
export const ENVIRONMENT_VARIABLES_MAX_BYTES = 4096
/** Layers per function. [D-quotas] §5 */
export const LAYERS_MAX = 5
/** On-demand Init phase limit; beyond it the init is retried inside the first invoke. [D-runtime-env] §4 */
export const INIT_LIMIT_MS = 10_000
/** Provisioned-concurrency init limit: max(130 s, function timeout). [D-runtime-env] §4 */
export const PC_INIT_LIMIT_MS = 130_000

/** Synchronous request and response payloads. [D-quotas] §5 */
export const SYNC_PAYLOAD_MAX_BYTES = 6 * 1024 * 1024
/** Asynchronous payload since 24 Oct 2025 (256 KB before). [B-async-1mb] §5 */
export const ASYNC_PAYLOAD_MAX_BYTES = 1024 * 1024

export const MAX_RETRY_ATTEMPTS_DEFAULT = 2
export const MAX_RETRY_ATTEMPTS_MAX = 2
export const MAX_EVENT_AGE_MIN_SECONDS = 60
export const MAX_EVENT_AGE_MAX_SECONDS = 21600
/** Function errors: second attempt after about 1 minute, third after about 2. [D-async-err] §2.2 */
export const ASYNC_ERROR_RETRY_DELAYS_MS: readonly number[] = [60_000, 120_000]
/** Throttles and system errors: backoff from 1 s, doubling, up to 5 minutes. [D-async-err] §2.2 */
export const ASYNC_THROTTLE_BACKOFF_MIN_MS = 1000
export const ASYNC_THROTTLE_BACKOFF_MAX_MS = 300_000
/** The DLQ's ErrorMessage attribute keeps the first 1 KB. [D-async-rec] §2.5 */
export const DLQ_ERROR_MESSAGE_MAX_BYTES = 1024

/** Idle environments: AWS documents no number; a visible, per-function setting. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 600
/** "Lambda terminates environments every few hours" [D-runtime-env] §4; the default is ours. */
export const DEFAULT_MAX_ENVIRONMENT_LIFETIME_SECONDS = 14_400

/** Status codes of the Invoke API. [API] §2.1 */
export const STATUS_REQUEST_RESPONSE = 200
export const STATUS_EVENT = 202
export const STATUS_DRY_RUN = 204
export const STATUS_THROTTLED = 429
export const STATUS_TOO_LARGE = 413

/** `LayerName`: 1–140 letters, digits, hyphens or underscores. [API] */
export const LAYER_NAME_PATTERN = /^[a-zA-Z0-9-_]{1,140}$/
export const ALIAS_NAME_PATTERN = /^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$/
export const FUNCTION_NAME_PATTERN = /^[a-zA-Z0-9-_]{1,64}$/
export const ENVIRONMENT_VARIABLE_NAME_PATTERN = /^[a-zA-Z]([a-zA-Z0-9_])+$/
export const ACCOUNT_ID = '123456789012'

/* Scenario validation: the documented shapes and limits the schema checks, plus the few bounds that are ours. */

/** Unpublished, mutable version; published versions are numbered from 1 and never reused. [D-versions] §7.1 */
export const LATEST_VERSION = '$LATEST'
/** A published version number: the API's `[0-9]+` without `$LATEST`, and numbering starts at 1. [API] [D-versions] §7.1 */
export const PUBLISHED_VERSION_PATTERN = /^[1-9][0-9]*$/
/** Alias routing sends traffic to at most one version besides the primary. [G-aliases] [D-alias-routing] §7.2 */
export const ROUTING_MAX_ADDITIONAL_VERSIONS = 1
/** Function, version and alias descriptions. [API] §5 */
export const DESCRIPTION_MAX_LENGTH = 256
/** `Handler`: no whitespace, up to 128 characters. [API] */
export const HANDLER_PATTERN = /^\S{1,128}$/
/** Names Lambda sets itself; a function cannot define them. [D-envvars] §6.1 (`TZ` is no longer among them.) */
export const RESERVED_ENVIRONMENT_VARIABLES: readonly string[] = [
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR', 'AWS_LAMBDA_MAX_CONCURRENCY',
]
/**
 * SQS `QueueName`: up to 80 letters, digits, hyphens and underscores; a FIFO queue's name ends in
 * `.fifo`, which counts towards the 80. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
export const QUEUE_NAME_PATTERN = /^(?=.{1,80}$)[a-zA-Z0-9_-]+(\.fifo)?$/
/**
 * SNS topic `Name`: 1–256 letters, digits, hyphens and underscores; a FIFO topic's name ends in
 * `.fifo`. https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html
 */
export const TOPIC_NAME_PATTERN = /^(?=.{1,256}$)[a-zA-Z0-9_-]+(\.fifo)?$/
/**
 * S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a
 * letter or digit, never two dots in a row. https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
export const BUCKET_NAME_PATTERN = /^(?=.{3,63}$)(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/
/** DynamoDB table names: 3–255 letters, digits, underscores, hyphens and dots. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html */
export const TABLE_NAME_PATTERN = /^[a-zA-Z0-9_.-]{3,255}$/
/** DynamoDB attribute names in a key schema: 1–255 characters. https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html */
export const KEY_ATTRIBUTE_NAME_MAX_LENGTH = 255
/** EventBridge event bus names: 1–256 letters, digits and `/ . - _`. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html */
export const EVENT_BUS_NAME_PATTERN = /^[-/._A-Za-z0-9]{1,256}$/
/** The shape of a Region code (`us-east-1`, `us-gov-west-1`, `ap-southeast-2`); ours, AWS documents no pattern. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-[0-9]+$/
/**
 * Account concurrency the simulator accepts. The floor keeps the 100 units Lambda never lets you
 * reserve [D-reserved] §1.2; the ceiling is ours: AWS raises limits to "tens of thousands" on request
 * and documents no maximum, and a million environments is already past what a run can draw.
 */
export const ACCOUNT_CONCURRENCY_MIN = UNRESERVED_MINIMUM
export const ACCOUNT_CONCURRENCY_MAX = 1_000_000
/** What a scenario without `Account.Region` or `DurationSeconds` runs with (ours; types.ts documents them). */
export const DEFAULT_REGION = 'us-east-1'
export const DEFAULT_DURATION_SECONDS = 3600
/** Seeds feed a 32-bit generator, so they are unsigned 32-bit integers (ours). */
export const SEED_MAX = 0xffff_ffff
/** Longest simulated run: 30 days (ours; long enough for monthly free-tier and cost lessons). */
export const DURATION_MAX_SECONDS = 30 * 24 * 60 * 60

/**
 * Recursive loop detection: a chain of requests that invokes functions about 16 times is stopped at
 * the next invocation (metric RecursiveInvocationsDropped) [D-recursion] §8.
 */
export const RECURSIVE_LOOP_INVOCATIONS = 16

/** SQS event source mapping: `BatchSize` default 10, at most 10,000 (standard) or 10 (FIFO). [API], [D-sqs-cfg] §3.3 */
export const SQS_BATCH_SIZE_DEFAULT = 10
export const SQS_BATCH_SIZE_MAX = 10_000
export const SQS_FIFO_BATCH_SIZE_MAX = 10
/** Kinesis, DynamoDB and SQS mappings: `BatchSize` above 10 needs a batching window of at least 1 s. [API], [D-sqs-cfg] §3.1 */
export const BATCH_SIZE_WITHOUT_WINDOW_MAX = 10
/** `MaximumBatchingWindowInSeconds` 0–300 s, in whole seconds. [API], [G-esm] §3.1 */
export const BATCHING_WINDOW_MAX_SECONDS = 300
/** A mapping invokes once its batch reaches 6 MB, whatever the size or window (not modifiable). [G-esm] §3.1 */
export const ESM_BATCH_PAYLOAD_MAX_BYTES = 6 * 1024 * 1024
/** Filter criteria: up to 5 filters per mapping by default (10 with a quota increase), ORed. [D-filter] §3.2 */
export const ESM_FILTERS_MAX = 5
/** `ScalingConfig.MaximumConcurrency` 2–1,000. [API], [D-sqs-scale] §3.3 */
export const SQS_MAXIMUM_CONCURRENCY_MIN = 2
export const SQS_MAXIMUM_CONCURRENCY_MAX = 1000
/**
 * SQS poller scaling (standard queues, current docs): 5 concurrent invokes at first, up to 300 more
 * per minute while messages wait, at most 1,250 per mapping. [D-sqs-scale], [D-sqs-cfg] §3.3
 */
export const SQS_POLLER_START_CONCURRENCY = 5
export const SQS_POLLER_SCALE_UP_PER_MINUTE = 300
export const SQS_POLLER_MAX_CONCURRENCY = 1250
/**
 * SQS provisioned mode (since 14 Nov 2025), exclusive of `MaximumConcurrency` [D-sqs-scale], [D-sqs-cfg],
 * [B-sqs-provisioned], [API] §3.3: `MinimumPollers` 2–200 (default 2) are kept ready; `MaximumPollers`
 * 2–10,000 (default 200; the console says 2–2,000, the API model 10,000 since Jun 2026, §12 point 3:
 * we follow the API). Each event poller runs up to 10 concurrent invokes; a mapping adds up to 1,000
 * concurrency per minute, to at most 20,000.
 */
export const SQS_MINIMUM_POLLERS_MIN = 2
export const SQS_MINIMUM_POLLERS_MAX = 200
export const SQS_MINIMUM_POLLERS_DEFAULT = 2
export const SQS_MAXIMUM_POLLERS_MIN = 2
export const SQS_MAXIMUM_POLLERS_MAX = 10_000
export const SQS_MAXIMUM_POLLERS_DEFAULT = 200
export const SQS_POLLER_CONCURRENT_INVOKES = 10
export const SQS_PROVISIONED_SCALE_UP_PER_MINUTE = 1000
export const SQS_PROVISIONED_MAX_CONCURRENCY = 20_000
/** AWS recommends `maxReceiveCount` ≥ 5 on a mapping's source queue, so a message is retried before it is set aside. [D-sqs-cfg] §3.3 */
export const SQS_RECOMMENDED_MAX_RECEIVE_COUNT = 5
/**
 * SQS queue attributes (CreateQueue): `VisibilityTimeout` 0–43,200 s (default 30), `MessageRetentionPeriod`
 * 60–1,209,600 s (default 345,600, 4 days), `DelaySeconds` 0–900 (default 0).
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
 */
export const SQS_VISIBILITY_TIMEOUT_MAX_SECONDS = 43_200
export const SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS = 30
export const SQS_RETENTION_MIN_SECONDS = 60
export const SQS_RETENTION_MAX_SECONDS = 1_209_600
export const SQS_RETENTION_DEFAULT_SECONDS = 345_600
export const SQS_DELAY_MAX_SECONDS = 900
/** `RedrivePolicy.maxReceiveCount` 1–1,000. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html */
export const SQS_MAX_RECEIVE_COUNT_MAX = 1000
/** FIFO queues drop a message whose deduplication id was sent in the last 5 minutes. https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-exactly-once-processing.html */
export const SQS_DEDUPLICATION_INTERVAL_MS = 5 * 60 * 1000

/**
 * Kinesis and DynamoDB Streams event source mappings [D-kin-params], [D-ddb-params], [API] §3.4, §3.5:
 * `BatchSize` default 100, at most 10,000; `ParallelizationFactor` 1–10 (default 1);
 * `MaximumRetryAttempts` −1 (infinite, the default) to 10,000; `MaximumRecordAgeInSeconds` −1
 * (infinite, the default) or 60–604,800 (values under 60 are refused, §12 point 10); `TumblingWindowInSeconds` 0–900.
 */
export const STREAM_BATCH_SIZE_DEFAULT = 100
export const STREAM_BATCH_SIZE_MAX = 10_000
export const PARALLELIZATION_FACTOR_MAX = 10
export const STREAM_RETRY_ATTEMPTS_MAX = 10_000
export const STREAM_RECORD_AGE_MIN_SECONDS = 60
export const STREAM_RECORD_AGE_MAX_SECONDS = 604_800
export const TUMBLING_WINDOW_MAX_SECONDS = 900
/**
 * Tumbling windows: the state is at most 1 MB per shard, and a larger one ends the window early;
 * with no new records Lambda waits up to 2 minutes before closing a window. [D-kin-win] §3.4
 */
export const TUMBLING_WINDOW_STATE_MAX_BYTES = 1024 * 1024
export const TUMBLING_WINDOW_IDLE_CLOSE_MS = 120_000
/** Base poll rates of a standard iterator: each Kinesis shard once per second, each DynamoDB Streams shard 4 times per second. [G-kinesis], [G-ddb] §3.4, §3.5 */
export const KINESIS_POLL_INTERVAL_MS = 1000
export const DYNAMODB_STREAMS_POLL_INTERVAL_MS = 250
/**
 * Kinesis `RetentionPeriodHours` 24 (the default) to 8,760 (365 days)
 * (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_IncreaseStreamRetentionPeriod.html);
 * DynamoDB Streams keep records 24 hours [D-ddb-params] §3.5.
 */
export const KINESIS_RETENTION_DEFAULT_HOURS = 24
export const KINESIS_RETENTION_MIN_HOURS = KINESIS_RETENTION_DEFAULT_HOURS
export const KINESIS_RETENTION_MAX_HOURS = 8760
export const DYNAMODB_STREAMS_RETENTION_HOURS = 24
/** Kinesis `StreamName`: 1–128 letters, digits, underscores, hyphens and dots. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_CreateStream.html */
export const STREAM_NAME_PATTERN = /^[a-zA-Z0-9_.-]{1,128}$/
/** Shards per stream (ours: AWS's shard quota is per account and raised on request; 500 keeps a run's pollers in hand). */
export const STREAM_SHARDS_MAX = 500
/** Kinesis PutRecord: a partition key of 1–256 characters, a data blob of at most 1 MB. https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html */
export const PARTITION_KEY_MAX_LENGTH = 256
export const KINESIS_RECORD_MAX_BYTES = 1024 * 1024
