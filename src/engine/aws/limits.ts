/**
 * The documented limits the simulated services enforce, each with its source, and the simulator's
 * own storage bounds (marked ours), which keep memory bounded however long a run writes.
 */

/**
 * SQS: a queue's `MaximumMessageSize` defaults to 262,144 bytes (256 KiB); scenarios cannot raise it yet.
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html
 */
export const SQS_MESSAGE_MAX_BYTES = 262_144
/** SNS: messages up to 256 KB. https://docs.aws.amazon.com/sns/latest/api/API_Publish.html */
export const SNS_MESSAGE_MAX_BYTES = 262_144
/** S3: object keys up to 1,024 bytes of UTF-8. https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html */
export const S3_KEY_MAX_BYTES = 1024
/** S3: DeleteObjects takes 1 to 1,000 keys in one request. https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteObjects.html */
export const S3_DELETE_OBJECTS_MAX = 1000
/** DynamoDB: an item up to 400 KB, names and values together. https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html */
export const DYNAMODB_ITEM_MAX_BYTES = 400 * 1024
/** EventBridge PutEvents: 1 to 10 entries, 256 KB in all. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html */
export const EVENTBRIDGE_ENTRIES_MAX = 10
export const EVENTBRIDGE_REQUEST_MAX_BYTES = 256 * 1024
/**
 * EventBridge target `RetryPolicy`: `MaximumRetryAttempts` 0–185 and `MaximumEventAgeInSeconds`
 * 60–86,400, by default the most of both (185 attempts over 24 hours).
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RetryPolicy.html, https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
export const EVENTBRIDGE_RETRY_ATTEMPTS_MAX = 185
export const EVENTBRIDGE_EVENT_AGE_MIN_SECONDS = 60
export const EVENTBRIDGE_EVENT_AGE_MAX_SECONDS = 86_400
/** The bus every account has. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus.html */
export const DEFAULT_EVENT_BUS = 'default'

/** Ours: objects or items one simulated bucket or table keeps (AWS has no such limit). */
export const STORE_MAX_ENTRIES = 10_000
/** Ours: bytes of bodies or items one simulated bucket or table keeps. */
export const STORE_MAX_BYTES = 64 * 1024 * 1024
