/**
 * The library's scenarios in the order a course would take them: one line each, without their
 * documents or lessons. This is the one list of the bundled scenarios: the page's picker
 * (src/ui/scenarios/bundledScenarios.ts) reads it in its first load and fetches a scenario's
 * document only when it is opened; src/learn and Node read the documents through ./catalogDocuments.ts.
 * A scenario is `scenarios/<id>.json` (with its lesson `scenarios/<id>.md`): add its line here.
 */
import type { Level, Topic } from './types.ts'

export interface CatalogEntry {
  /** The scenario file's name without `.json`. */
  readonly id: string
  /** The lesson's title, in the Learn tab. */
  readonly title: string
  /** The document's `Name`, which the picker shows before the document has loaded (a test keeps the two equal). */
  readonly name: string
  readonly level: Level
  readonly topics: readonly Topic[]
}

export const CATALOG: readonly CatalogEntry[] = [
  { id: 'reserved-concurrency', title: 'Reserved concurrency and throttling', name: 'Reserved concurrency caps a busy function', level: 'beginner', topics: ['concurrency', 'throttling'] },
  { id: 'cold-starts-provisioned', title: 'Cold starts and provisioned concurrency', name: 'Cold starts and provisioned concurrency', level: 'beginner', topics: ['cold-starts', 'provisioned-concurrency'] },
  { id: 'environment-reuse', title: 'Environment reuse and module-scope state', name: 'Environment reuse and module-scope state', level: 'beginner', topics: ['runtime', 'cold-starts'] },
  { id: 'timeouts-remaining-time', title: 'Timeouts and getRemainingTimeInMillis', name: 'Timeouts and getRemainingTimeInMillis', level: 'beginner', topics: ['runtime', 'timeouts'] },
  { id: 'account-limit-contention', title: 'Two functions compete for the account limit', name: 'Two functions compete for the account limit', level: 'intermediate', topics: ['concurrency', 'throttling'] },
  { id: 'scaling-spike', title: 'A spike meets the scaling rate', name: 'A spike meets the scaling rate', level: 'intermediate', topics: ['scaling', 'throttling'] },
  { id: 'memory-power-tuning', title: 'Memory, duration and cost', name: 'Memory, duration and cost: a power-tuning sweep', level: 'intermediate', topics: ['cost'] },
  { id: 'canary-by-hand', title: 'A canary release by hand', name: 'A canary release by hand: publish, shift, promote', level: 'beginner', topics: ['versions-aliases'] },
  { id: 'canary-rollout', title: 'A canary rollout, shifted over time', name: 'A canary rollout, shifted over time', level: 'intermediate', topics: ['versions-aliases'] },
  { id: 'canary-alias', title: 'A canary behind a weighted alias', name: 'Canary release through a weighted alias', level: 'intermediate', topics: ['versions-aliases', 'provisioned-concurrency'] },
  { id: 'async-retries', title: 'Asynchronous retries', name: 'Asynchronous retries end in an on-failure destination', level: 'beginner', topics: ['async', 'destinations'] },
  { id: 'async-event-age-and-dlq', title: 'Maximum event age, dead-letter queue or destination', name: 'Maximum event age, dead-letter queue or destination', level: 'intermediate', topics: ['async', 'destinations', 'throttling'] },
  { id: 'sqs-batching-and-redrive', title: 'SQS batching, partial batch responses and redrive', name: 'SQS batching and redrive', level: 'intermediate', topics: ['sqs'] },
  { id: 'sqs-provisioned-mode', title: 'SQS provisioned mode', name: 'SQS provisioned mode', level: 'advanced', topics: ['sqs', 'scaling', 'cost'] },
  { id: 'sqs-fifo-groups', title: 'SQS FIFO message groups', name: 'SQS FIFO message groups', level: 'advanced', topics: ['sqs'] },
  { id: 'kinesis-poison-record', title: 'Kinesis ordering and a poison record', name: 'Kinesis poison record', level: 'advanced', topics: ['kinesis'] },
  { id: 'mapping-updates', title: 'Changing event source mappings during a run', name: 'Changing event source mappings during a run', level: 'advanced', topics: ['sqs', 'kinesis'] },
  { id: 'dynamodb-stream', title: 'DynamoDB Streams: images, filters and windows', name: 'DynamoDB stream', level: 'advanced', topics: ['dynamodb'] },
  { id: 'sns-fan-out', title: 'SNS fan-out and filter policies', name: 'SNS fan-out', level: 'beginner', topics: ['sns', 'async'] },
  { id: 's3-thumbnails', title: 'S3 notifications', name: 'S3 thumbnails', level: 'beginner', topics: ['s3', 'async'] },
  { id: 's3-move-and-delete', title: 'S3: move an upload, delete the original', name: 'S3: move an upload, delete the original', level: 'beginner', topics: ['s3', 'async'] },
  { id: 'eventbridge-schedule-and-pattern', title: 'EventBridge schedules and patterns', name: 'EventBridge schedules and patterns', level: 'intermediate', topics: ['eventbridge', 'destinations'] },
  { id: 'eventbridge-dead-letter', title: 'EventBridge retries and dead-letter queues', name: 'EventBridge retries and dead-letter queue', level: 'intermediate', topics: ['eventbridge', 'async', 'destinations'] },
  { id: 'api-gateway-timeout', title: "API Gateway's 29-second timeout", name: "API Gateway's 29-second integration timeout", level: 'intermediate', topics: ['api-gateway', 'timeouts'] },
  { id: 'alb-multi-value-headers', title: 'ALB multi-value headers', name: 'ALB multi-value headers', level: 'intermediate', topics: ['alb'] },
  { id: 'recursive-loop', title: 'Recursive loop detection', name: 'Recursive loop detection', level: 'intermediate', topics: ['recursion', 'sqs', 'sns'] },
  { id: 'traffic-daily-cycle', title: 'A day of traffic', name: 'A day of traffic: a daily cycle and a flash sale', level: 'beginner', topics: ['traffic', 'throttling', 'cold-starts'] },
]

export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((candidate) => candidate.id === id)
}

/**
 * Where scenario `id`'s document is, as the key of Vite's `import.meta.glob('/scenarios/*.json')`
 * (a path from the project's root), which both ./catalogDocuments.ts and the page's picker use.
 */
export const scenarioFile = (id: string): string => `/scenarios/${id}.json`
