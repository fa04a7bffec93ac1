/**
 * The handlers of a generated graph (./buildGraph.ts), scripted on the fake runtime: each function
 * runs its drawn duration, then fails a drawn share of what it got. A batch from a queue, stream or
 * table fails record by record, reported as `batchItemFailures` or thrown as the function's draw
 * says. Along the way the handlers check the ordering Lambda promises [G-sqs], [G-kinesis]:
 * - a FIFO message group's messages are processed in the order they were sent;
 * - per partition key, records first reach the function in sequence order, and once a record is
 *   processed no earlier record of its key comes again, whatever the ParallelizationFactor.
 * A looping handler (./graphLoops.ts) sends its one message as it returns, only when nothing failed,
 * and does not wait for the answer: so a timed-out or failed attempt, retried, never sends twice.
 */
import type { CodeOutcome } from '../runtime/types.ts'
import { createFakeRuntime, succeed, thrown, type FakeRuntime } from '../testing/fakeRuntime.ts'
import type { LoopSend } from './graphLoops.ts'
import { sdkCallOf } from './graphSends.ts'

export interface Behaviour {
  readonly errorRate: number
  readonly durationMs: number
  readonly reportsItems: boolean
  /** What the handler sends on after a full success; null for most functions. */
  readonly sends: LoopSend | null
}

interface BatchRecord {
  readonly id: string
  /** FIFO message group or partition key; null for a standard queue's message. */
  readonly orderKey: string | null
  /** Compared as text: sequence numbers are 20+ digits, all of one length within a source. */
  readonly sequence: string
}

interface Batch {
  readonly source: string
  readonly kind: 'sqs' | 'stream'
  readonly fifo: boolean
  readonly records: readonly BatchRecord[]
}

/** A string hash (FNV-1a), so failures are drawn from what the handler sees and a run replays exactly. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

const ignoreAnswer = (): void => {}

const fails = (rate: number, key: string): boolean => rate >= 1 || (rate > 0 && hash(key) % 1000 < rate * 1000)

/** The source's name: the last part of its ARN (`…:orders.fifo`, `…:stream/clicks`, `…:table/items/stream/…`). */
function sourceName(arn: string): string {
  const table = /:table\/([^/]+)/.exec(arn)
  if (table) return table[1] as string
  return arn.split(/[:/]/).filter((part) => part !== '').pop() as string
}

function batchOf(event: unknown): Batch | null {
  const records = (event as { Records?: Record<string, unknown>[] } | null)?.Records
  const first = records?.[0]
  if (records === undefined || first === undefined) return null
  const source = sourceName(String(first.eventSourceARN))
  switch (first.eventSource) {
    case 'aws:sqs': {
      const fifo = source.endsWith('.fifo')
      return {
        source, kind: 'sqs', fifo, records: records.map((r) => {
          const attributes = r.attributes as Record<string, string>
          return { id: String(r.messageId), orderKey: attributes.MessageGroupId ?? null, sequence: attributes.SequenceNumber ?? '' }
        }),
      }
    }
    case 'aws:kinesis':
      return {
        source, kind: 'stream', fifo: false, records: records.map((r) => {
          const kinesis = r.kinesis as { partitionKey: string; sequenceNumber: string }
          return { id: kinesis.sequenceNumber, orderKey: kinesis.partitionKey, sequence: kinesis.sequenceNumber }
        }),
      }
    case 'aws:dynamodb':
      return {
        source, kind: 'stream', fifo: false, records: records.map((r) => {
          const change = r.dynamodb as { Keys: unknown; SequenceNumber: string }
          return { id: change.SequenceNumber, orderKey: JSON.stringify(change.Keys), sequence: change.SequenceNumber }
        }),
      }
    default:
      return null
  }
}

/** How many of the batch's records the mapping counts as processed, given the failed ones and how they were answered. */
function processedCount(batch: Batch, failed: ReadonlySet<string>, reported: boolean, mappingReports: boolean): number {
  if (failed.size === 0 || (reported && !mappingReports)) return batch.records.length
  if (!reported) return 0
  // Standard queues delete the others; FIFO queues and streams stop at the first failure [G-sqs], [D-kin-pbr].
  return batch.kind === 'sqs' && !batch.fifo ? -1 : batch.records.findIndex((r) => failed.has(r.id))
}

export interface GraphRuntime {
  readonly runtime: FakeRuntime
  /** Ordering violations seen so far, described. */
  readonly problems: string[]
}

export function graphRuntime(behaviours: ReadonlyMap<string, Behaviour>, reportingSources: ReadonlySet<string>): GraphRuntime {
  const problems: string[] = []
  /** FIFO group → sequence numbers processed; partition key → first-seen and processed-up-to sequence numbers. */
  const groups = new Map<string, string[]>()
  const firstSeen = new Map<string, string>()
  const processedUpTo = new Map<string, string>()
  const delivered = new Set<string>()
  let calls = 0

  const sawDelivery = (batch: Batch): void => {
    if (batch.kind !== 'stream') return
    for (const r of batch.records) {
      const key = `${batch.source}/${r.orderKey}`
      const done = processedUpTo.get(key)
      if (done !== undefined && r.sequence <= done) problems.push(`${key}: ${r.sequence} delivered again after ${done} was processed`)
      if (delivered.has(`${key}/${r.sequence}`)) continue
      delivered.add(`${key}/${r.sequence}`)
      const last = firstSeen.get(key)
      if (last !== undefined && r.sequence < last) problems.push(`${key}: ${r.sequence} first delivered after ${last}`)
      firstSeen.set(key, r.sequence)
    }
  }

  const sawProcessed = (batch: Batch, records: readonly BatchRecord[]): void => {
    for (const r of records) {
      if (r.orderKey === null) continue
      const key = `${batch.source}/${r.orderKey}`
      if (batch.kind === 'stream') {
        const done = processedUpTo.get(key)
        if (done === undefined || r.sequence > done) processedUpTo.set(key, r.sequence)
        continue
      }
      const sequence = groups.get(key) ?? []
      if (sequence.length > 0 && r.sequence < (sequence[sequence.length - 1] as string)) problems.push(`${key}: ${r.sequence} processed after ${sequence[sequence.length - 1]}`)
      sequence.push(r.sequence)
      groups.set(key, sequence)
    }
  }

  const runtime = createFakeRuntime({
    handler: ({ event, module, host, done }) => {
      const behaviour = behaviours.get(module.spec.functionName) as Behaviour
      const call = calls++
      const batch = batchOf(event)
      let outcome: CodeOutcome = succeed(null)
      let processed: readonly BatchRecord[] = []
      let failedAny = false
      if (batch === null) {
        failedAny = fails(behaviour.errorRate, `call ${call}`)
        if (failedAny) outcome = thrown('Error', 'drawn to fail')
      } else {
        sawDelivery(batch)
        const failed = new Set(batch.records.filter((r) => fails(behaviour.errorRate, `${r.id} ${call}`)).map((r) => r.id))
        failedAny = failed.size > 0
        if (failedAny) {
          outcome = behaviour.reportsItems ? succeed({ batchItemFailures: [...failed].map((itemIdentifier) => ({ itemIdentifier })) }) : thrown('Error', 'batch failed')
        }
        const count = processedCount(batch, failed, behaviour.reportsItems, reportingSources.has(batch.source))
        processed = count < 0 ? batch.records.filter((r) => !failed.has(r.id)) : batch.records.slice(0, count)
      }
      // A handler past its timeout never answers: the engine times it out and drops its timer.
      host.setTimer(behaviour.durationMs, () => {
        if (batch !== null) sawProcessed(batch, processed)
        if (behaviour.sends !== null && !failedAny) {
          const sdk = sdkCallOf(behaviour.sends, call)
          host.awsCall(sdk.service, sdk.operation, sdk.input, ignoreAnswer)
        }
        done(outcome)
      })
    },
  })
  return { runtime, problems }
}
