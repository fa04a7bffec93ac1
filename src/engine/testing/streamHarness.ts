/**
 * Builders for stream tests: a Kinesis stream (or a table's stream) read by one mapping into a
 * function `fn` whose handler the test scripts per batch: how long it runs, what it returns, whether
 * it throws. Every invocation is recorded with the event it received, in virtual time.
 */
import type { EventSourceMappingConfig, FunctionConfig, Scenario, TrafficConfig } from '../scenario/types.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import { createFakeRuntime, succeed, thrown, type FakeRuntime } from './fakeRuntime.ts'
import { scenarioOf } from './harness.ts'

/** A Kinesis record as the handler receives it (lambda-facts §11). */
export interface KinesisEventRecord {
  kinesis: { partitionKey: string; sequenceNumber: string; data: string; approximateArrivalTimestamp: number }
  eventID: string
  eventSourceARN: string
}

/** A batch's event: `Records`, plus the tumbling-window fields when the mapping has windows. */
export interface StreamEvent {
  Records: Record<string, unknown>[]
  window?: { start: string; end: string }
  state?: unknown
  isFinalInvokeForWindow?: boolean
  isWindowTerminatedEarly?: boolean
}

export interface Reply {
  /** Virtual time the handler takes. @default 100 */
  durationMs?: number
  returns?: unknown
  /** Throws an Error with this message. */
  throws?: string
}

export interface StreamCall {
  /** When the invocation started, in ms since the run began. */
  readonly atMs: number
  readonly event: StreamEvent
}

export interface RecordingRuntime {
  readonly runtime: FakeRuntime
  readonly calls: StreamCall[]
}

/** A runtime whose handler answers each batch with `reply(event)`, recording every call. */
export function recordingRuntime(reply: (event: StreamEvent) => Reply = () => ({})): RecordingRuntime {
  const calls: StreamCall[] = []
  const runtime = createFakeRuntime({
    handler: ({ event, host, done }) => {
      const batch = event as StreamEvent
      calls.push({ atMs: host.nowMs() - VIRTUAL_EPOCH_MS, event: batch })
      const answer = reply(batch)
      host.setTimer(answer.durationMs ?? 100, () => done(answer.throws === undefined ? succeed(answer.returns ?? null) : thrown('Error', answer.throws)))
    },
  })
  return { runtime, calls }
}

/** The text a Kinesis record carries, decoded from base64. */
export const dataOf = (record: Record<string, unknown>): string =>
  Buffer.from((record as unknown as KinesisEventRecord).kinesis.data, 'base64').toString('utf8')

export const partitionKeyOf = (record: Record<string, unknown>): string => (record as unknown as KinesisEventRecord).kinesis.partitionKey

export const sequenceNumberOfRecord = (record: Record<string, unknown>): string => (record as unknown as KinesisEventRecord).kinesis.sequenceNumber

/** A replay trace putting `payloads` at the given seconds (one record per line). */
export function replayOf(target: string, lines: readonly [number, string][], request: TrafficConfig['Request'] = {}): TrafficConfig {
  return { Target: target, Arrivals: { Process: 'replay', Csv: lines.map(([at, payload]) => `${at},${payload}`).join('\n') }, Request: request }
}

export interface StreamScenarioParts {
  shards?: number
  mapping?: Partial<EventSourceMappingConfig>
  traffic?: TrafficConfig[]
  fn?: Partial<FunctionConfig>
  extra?: Partial<Scenario>
}

/** Stream `clicks` (1 shard unless given) read from TRIM_HORIZON by a mapping into function `fn`, which has code. */
export function kinesisScenario({ shards = 1, mapping = {}, traffic = [], fn = {}, extra = {} }: StreamScenarioParts): Scenario {
  return scenarioOf({
    Functions: [{ FunctionName: 'fn', Code: { 'index.mjs': 'export const handler = async () => null' }, Timeout: 60, ...fn }],
    Streams: [{ StreamName: 'clicks', ShardCount: shards }],
    EventSourceMappings: [{ EventSourceArn: 'clicks', FunctionName: 'fn', StartingPosition: 'TRIM_HORIZON', ...mapping }],
    Traffic: traffic,
    DurationSeconds: 120,
    ...extra,
  })
}
