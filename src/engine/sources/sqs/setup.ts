/** The scenario's queues, their redrive policies and the event source mappings that poll them, at time 0. */
import {
  ACCOUNT_ID, SQS_BATCH_SIZE_DEFAULT, SQS_RETENTION_DEFAULT_SECONDS, SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS,
} from '../../facts.ts'
import { resolveTarget } from '../../invoke/targets.ts'
import type { EventSourceMappingConfig, QueueConfig, Scenario } from '../../scenario/types.ts'
import type { World } from '../../world.ts'
import { compilePatternText, type CompiledPattern } from '../patterns.ts'
import { registerResource } from '../resources.ts'
import { validMappingUuids } from '../mappingIds.ts'
import { SqsPoller, type PollerSettings } from './poller.ts'
import { SqsQueue } from './queue.ts'
import { queueNameOf } from './references.ts'

const queueArn = (region: string, name: string): string => `arn:aws:sqs:${region}:${ACCOUNT_ID}:${name}`

function createQueue(world: World, doc: QueueConfig): SqsQueue {
  return new SqsQueue(world, doc.QueueName, queueArn(world.region, doc.QueueName), {
    fifo: doc.FifoQueue ?? false,
    visibilityTimeoutMs: (doc.VisibilityTimeout ?? SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS) * 1000,
    retentionMs: (doc.MessageRetentionPeriod ?? SQS_RETENTION_DEFAULT_SECONDS) * 1000,
    delayMs: (doc.DelaySeconds ?? 0) * 1000,
    contentBasedDeduplication: doc.ContentBasedDeduplication ?? false,
    maxReceiveCount: doc.RedrivePolicy?.maxReceiveCount ?? 0,
  })
}

/** Builds every queue of a validated scenario into `world.queues`, with its metrics and accounting. */
export function startSqs(world: World, scenario: Scenario): void {
  for (const doc of scenario.Queues ?? []) {
    const queue = createQueue(world, doc)
    world.queues.set(queue.name, queue)
    registerResource(world, {
      kind: 'Queue', name: queue.name,
      metrics: (resolution, nowMs, points) => queue.metrics.points(resolution, nowMs, points),
      accounting: () => queue.accounting(),
    })
  }
  for (const doc of scenario.Queues ?? []) {
    const target = doc.RedrivePolicy?.deadLetterTargetArn
    if (target === undefined) continue
    const queue = world.queues.get(doc.QueueName) as SqsQueue
    queue.deadLetter = world.queues.get(queueNameOf(target)) ?? null
  }
  const mappings = scenario.EventSourceMappings ?? []
  const uuids = validMappingUuids(mappings)
  for (const [index, doc] of mappings.entries()) {
    const queue = world.queues.get(queueNameOf(doc.EventSourceArn))
    if (queue) startPoller(world, queue, doc, uuids[index] as string)
  }
}

/** The poller's settings for a valid mapping document, at creation or after UpdateEventSourceMapping. */
export function pollerSettingsOf(doc: EventSourceMappingConfig): PollerSettings {
  return {
    enabled: doc.Enabled ?? true,
    batchSize: doc.BatchSize ?? SQS_BATCH_SIZE_DEFAULT,
    windowMs: (doc.MaximumBatchingWindowInSeconds ?? 0) * 1000,
    reportsItemFailures: doc.FunctionResponseTypes?.includes('ReportBatchItemFailures') ?? false,
    filters: compiledFilters(doc),
    maximumConcurrency: doc.ScalingConfig?.MaximumConcurrency,
    provisionedPollers: doc.ProvisionedPollerConfig,
  }
}

function compiledFilters(doc: EventSourceMappingConfig): CompiledPattern[] {
  const filters: CompiledPattern[] = []
  for (const filter of doc.FilterCriteria?.Filters ?? []) {
    const compiled = compilePatternText(filter.Pattern)
    if (compiled.ok) filters.push(compiled.pattern)
  }
  return filters
}

/** A mapping is known by its UUID, as in Lambda (`EventSourceMapping:<uuid>`), the same for every kind of source. */
function startPoller(world: World, queue: SqsQueue, doc: EventSourceMappingConfig, uuid: string): void {
  const target = resolveTarget(world, doc.FunctionName)
  if (!target) return
  const poller = new SqsPoller(world, queue, target, uuid, pollerSettingsOf(doc), doc)
  queue.pollers.push(poller)
  registerResource(world, {
    kind: 'EventSourceMapping', name: uuid,
    metrics: (resolution, nowMs, points) => poller.metrics.points(resolution, nowMs, points),
    accounting: () => poller.accounting(),
  })
}
