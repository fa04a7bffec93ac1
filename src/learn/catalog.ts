/**
 * The library's scenarios without their lessons: id, title, tags and document, in the order a course
 * would take them. Light enough for the scenario picker (src/ui/scenarios/bundledScenarios.ts),
 * which must not pull the lessons' Markdown and quizzes into the page's first load.
 */
import type { Scenario } from '../engine/api.ts'
import type { Level, Topic } from './types.ts'
import accountLimitContention from '../../scenarios/account-limit-contention.json'
import albMultiValueHeaders from '../../scenarios/alb-multi-value-headers.json'
import apiGatewayTimeout from '../../scenarios/api-gateway-timeout.json'
import asyncEventAgeAndDlq from '../../scenarios/async-event-age-and-dlq.json'
import asyncRetries from '../../scenarios/async-retries.json'
import canaryAlias from '../../scenarios/canary-alias.json'
import canaryByHand from '../../scenarios/canary-by-hand.json'
import canaryRollout from '../../scenarios/canary-rollout.json'
import coldStartsProvisioned from '../../scenarios/cold-starts-provisioned.json'
import dynamodbStream from '../../scenarios/dynamodb-stream.json'
import environmentReuse from '../../scenarios/environment-reuse.json'
import eventbridgeScheduleAndPattern from '../../scenarios/eventbridge-schedule-and-pattern.json'
import kinesisPoisonRecord from '../../scenarios/kinesis-poison-record.json'
import memoryPowerTuning from '../../scenarios/memory-power-tuning.json'
import recursiveLoop from '../../scenarios/recursive-loop.json'
import reservedConcurrency from '../../scenarios/reserved-concurrency.json'
import s3Thumbnails from '../../scenarios/s3-thumbnails.json'
import scalingSpike from '../../scenarios/scaling-spike.json'
import snsFanOut from '../../scenarios/sns-fan-out.json'
import sqsBatchingAndRedrive from '../../scenarios/sqs-batching-and-redrive.json'
import sqsFifoGroups from '../../scenarios/sqs-fifo-groups.json'
import timeoutsRemainingTime from '../../scenarios/timeouts-remaining-time.json'
import trafficDailyCycle from '../../scenarios/traffic-daily-cycle.json'

export interface CatalogEntry {
  /** The scenario file's name without `.json`. */
  readonly id: string
  readonly title: string
  readonly level: Level
  readonly topics: readonly Topic[]
  readonly document: Scenario
}

// JSON imports are typed loosely (strings, not the literal `Format`); the library's tests validate every document.
const entry = (id: string, title: string, level: Level, topics: readonly Topic[], json: unknown): CatalogEntry =>
  ({ id, title, level, topics, document: json as Scenario })

export const CATALOG: readonly CatalogEntry[] = [
  entry('reserved-concurrency', 'Reserved concurrency and throttling', 'beginner', ['concurrency', 'throttling'], reservedConcurrency),
  entry('cold-starts-provisioned', 'Cold starts and provisioned concurrency', 'beginner', ['cold-starts', 'provisioned-concurrency'], coldStartsProvisioned),
  entry('environment-reuse', 'Environment reuse and module-scope state', 'beginner', ['runtime', 'cold-starts'], environmentReuse),
  entry('timeouts-remaining-time', 'Timeouts and getRemainingTimeInMillis', 'beginner', ['runtime', 'timeouts'], timeoutsRemainingTime),
  entry('account-limit-contention', 'Two functions compete for the account limit', 'intermediate', ['concurrency', 'throttling'], accountLimitContention),
  entry('scaling-spike', 'A spike meets the scaling rate', 'intermediate', ['scaling', 'throttling'], scalingSpike),
  entry('memory-power-tuning', 'Memory, duration and cost', 'intermediate', ['cost'], memoryPowerTuning),
  entry('canary-by-hand', 'A canary release by hand', 'beginner', ['versions-aliases'], canaryByHand),
  entry('canary-rollout', 'A canary rollout, shifted over time', 'intermediate', ['versions-aliases'], canaryRollout),
  entry('canary-alias', 'A canary behind a weighted alias', 'intermediate', ['versions-aliases', 'provisioned-concurrency'], canaryAlias),
  entry('async-retries', 'Asynchronous retries', 'beginner', ['async', 'destinations'], asyncRetries),
  entry('async-event-age-and-dlq', 'Maximum event age, dead-letter queue or destination', 'intermediate', ['async', 'destinations', 'throttling'], asyncEventAgeAndDlq),
  entry('sqs-batching-and-redrive', 'SQS batching, partial batch responses and redrive', 'intermediate', ['sqs'], sqsBatchingAndRedrive),
  entry('sqs-fifo-groups', 'SQS FIFO message groups', 'advanced', ['sqs'], sqsFifoGroups),
  entry('kinesis-poison-record', 'Kinesis ordering and a poison record', 'advanced', ['kinesis'], kinesisPoisonRecord),
  entry('dynamodb-stream', 'DynamoDB Streams: images, filters and windows', 'advanced', ['dynamodb'], dynamodbStream),
  entry('sns-fan-out', 'SNS fan-out and filter policies', 'beginner', ['sns', 'async'], snsFanOut),
  entry('s3-thumbnails', 'S3 notifications', 'beginner', ['s3', 'async'], s3Thumbnails),
  entry('eventbridge-schedule-and-pattern', 'EventBridge schedules and patterns', 'intermediate', ['eventbridge', 'destinations'], eventbridgeScheduleAndPattern),
  entry('api-gateway-timeout', "API Gateway's 29-second timeout", 'intermediate', ['api-gateway', 'timeouts'], apiGatewayTimeout),
  entry('alb-multi-value-headers', 'ALB multi-value headers', 'intermediate', ['alb'], albMultiValueHeaders),
  entry('recursive-loop', 'Recursive loop detection', 'intermediate', ['recursion', 'sqs', 'sns'], recursiveLoop),
  entry('traffic-daily-cycle', 'A day of traffic', 'beginner', ['traffic', 'throttling', 'cold-starts'], trafficDailyCycle),
]

export function findCatalogEntry(id: string): CatalogEntry | undefined {
  return CATALOG.find((candidate) => candidate.id === id)
}

/** The original document of a library scenario, for challenges that compare the learner's edit with it. */
export function catalogDocument(id: string): Scenario {
  const found = findCatalogEntry(id)
  if (!found) throw new Error(`No scenario ${id} in the library's catalog`)
  return found.document
}
