/**
 * Helpers for the SQS behaviour tests: a queue read by an event source mapping into function
 * `worker`, and a scripted handler (the fake runtime) that records every batch it is given and
 * answers as the test says, after `durationMs` of virtual time.
 */
import type { EventSourceMappingConfig, FunctionConfig, QueueConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { createFakeRuntime, succeed, thrown, type FakeRuntime } from '../testing/fakeRuntime.ts'
import { scenarioOf } from '../testing/harness.ts'
import type { CodeOutcome } from '../runtime/types.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'

/** One record of an SQS event, as the handler sees it [G-sqs] §11. */
export interface SqsRecordShape {
  messageId: string
  receiptHandle: string
  body: string
  attributes: Record<string, string>
  messageAttributes: Record<string, { stringValue?: string; dataType: string }>
  md5OfBody: string
  eventSource: string
  eventSourceARN: string
  awsRegion: string
}

/** A batch the handler received, and when its invocation started (virtual ms). */
export interface Batch {
  atMs: number
  records: SqsRecordShape[]
  bodies: string[]
}

/** What the handler does with a batch: return a value, throw, or (undefined) return null. */
export type Answer = (batch: Batch) => { returns: unknown } | { throws: string } | undefined

export interface Recorder {
  readonly runtime: FakeRuntime
  readonly batches: Batch[]
}

/** A handler that records each batch and answers after `durationMs`. */
export function recordingHandler(durationMs: number, answer: Answer = () => undefined): Recorder {
  const batches: Batch[] = []
  const runtime = createFakeRuntime({
    handler: ({ event, host, done }) => {
      const records = (event as { Records: SqsRecordShape[] }).Records
      const batch: Batch = { atMs: host.nowMs() - VIRTUAL_EPOCH_MS, records, bodies: records.map((r) => r.body) }
      batches.push(batch)
      const reply = answer(batch)
      const outcome: CodeOutcome = reply === undefined
        ? succeed(null)
        : 'throws' in reply ? thrown('Error', reply.throws) : succeed(reply.returns)
      host.setTimer(durationMs, () => done(outcome))
    },
  })
  return { runtime, batches }
}

/** Function `worker` with code (run by the test's runtime) or modelled, with room for long batches. */
export function worker(extra: Partial<FunctionConfig> = {}, code = true): FunctionConfig {
  return {
    FunctionName: 'worker',
    Timeout: 30,
    ...(code ? { Code: { 'index.mjs': '// scripted by the fake runtime' } } : {}),
    ...extra,
    Simulation: { InitDurationMs: { Distribution: 'constant', Value: 0 }, ...extra.Simulation },
  }
}

/** Queue `orders` (or `orders.fifo`) read by `worker` through one mapping; more queues and traffic as given. */
export function queueScenario(parts: {
  queue?: Partial<QueueConfig>
  mapping?: Partial<EventSourceMappingConfig>
  fn?: FunctionConfig
  queues?: QueueConfig[]
  traffic?: TrafficConfig[]
  extra?: Partial<Scenario>
}): Scenario {
  const fifo = parts.queue?.FifoQueue === true
  const name = fifo ? 'orders.fifo' : 'orders'
  return scenarioOf({
    DurationSeconds: 600,
    Functions: [parts.fn ?? worker()],
    Queues: [{ QueueName: name, VisibilityTimeout: 60, ...parts.queue }, ...(parts.queues ?? [])],
    EventSourceMappings: [{ EventSourceArn: name, FunctionName: 'worker', ...parts.mapping }],
    Traffic: parts.traffic ?? [],
    ...parts.extra,
  })
}

/** `count` messages sent to the queue at `atSecond`, bodies `{"n":1}`, `{"n":2}`, ... unless a payload is given. */
export function messages(count: number, atSecond = 0, queue = 'orders', payload?: unknown): TrafficConfig {
  return {
    Target: `Queue:${queue}`,
    Arrivals: { Process: 'replay', Csv: Array.from({ length: count }, (_, i) => `${atSecond},${JSON.stringify(payload ?? { n: i + 1 })}`).join('\n') },
  }
}

/** The `n` of each body (`{"n":3}` → 3). */
export const numbers = (bodies: readonly string[]): number[] => bodies.map((b) => (JSON.parse(b) as { n: number }).n)
