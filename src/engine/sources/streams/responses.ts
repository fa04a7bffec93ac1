/**
 * What a stream batch's invocation means, from its response [D-kin-pbr], [D-kin-win]:
 * - a function error fails the whole batch;
 * - with tumbling windows the response must carry `state`, or the invocation counts as failed;
 * - with `ReportBatchItemFailures`, `{"batchItemFailures":[{"itemIdentifier":"<sequence number>"}]}`
 *   checkpoints at the lowest sequence number returned: the records before it are processed, the
 *   rest retried. An empty or null list, or an empty or null response, is a complete success; an
 *   empty or null `itemIdentifier`, a bad key name or a response that is not such an object fails
 *   the whole batch. A sequence number beyond the batch fails nothing (streams have no "not in the
 *   batch" rule).
 * A modelled function (no code) answers nothing: it succeeds, keeping a window's state as it was.
 */
import type { SyncInvokeResult } from '../../aws/types.ts'
import { versionOf } from '../../model/lookup.ts'
import { isObject } from '../../scenario/check.ts'
import { sequenceNumber } from './streamEvents.ts'
import type { Lane, Segment, StreamMapping, StreamRecord } from './streamTypes.ts'

export type BatchOutcome =
  | { readonly kind: 'success'; readonly stateJson: string | null }
  /** Records before `index` were processed; from `index` on they failed. */
  | { readonly kind: 'partial'; readonly index: number; readonly stateJson: string | null }
  | { readonly kind: 'failed' }

const FAILED: BatchOutcome = { kind: 'failed' }
const DIGITS = /^[0-9]+$/

function parseBody(payload: string): { ok: true; body: unknown } | { ok: false } {
  try {
    return { ok: true, body: JSON.parse(payload) as unknown }
  } catch {
    return { ok: false }
  }
}

/** The lowest sequence number reported, or undefined when the report fails the whole batch. */
function lowestReported(items: readonly unknown[]): bigint | undefined {
  let lowest: bigint | undefined
  for (const item of items) {
    if (!isObject(item)) return undefined
    const identifier = item.itemIdentifier
    if (typeof identifier !== 'string' || !DIGITS.test(identifier)) return undefined
    const value = BigInt(identifier)
    if (lowest === undefined || value < lowest) lowest = value
  }
  return lowest
}

/** Where the records stop succeeding: the first whose sequence number is at or past `lowest`. */
function checkpointIndex(records: readonly StreamRecord[], lowest: bigint): number {
  const index = records.findIndex((record) => BigInt(sequenceNumber(record)) >= lowest)
  return index === -1 ? records.length : index
}

function isModelled(mapping: StreamMapping, result: SyncInvokeResult): boolean {
  return versionOf(mapping.target.fn, result.executedVersion)?.code == null
}

export function readResponse(mapping: StreamMapping, lane: Lane, segment: Segment, result: SyncInvokeResult): BatchOutcome {
  if (result.functionError !== null) return FAILED
  const { reportItemFailures } = mapping.config
  // An invocation belongs to a window when its lane has one open (windows.ts), whatever TumblingWindowInSeconds says now.
  const windowed = lane.window !== null
  const kept = lane.window?.stateJson ?? null
  if ((!windowed && !reportItemFailures) || isModelled(mapping, result)) return { kind: 'success', stateJson: kept }
  const parsed = parseBody(result.payload)
  if (!parsed.ok) return FAILED
  const body = parsed.body
  let stateJson: string | null = null
  if (windowed) {
    if (!isObject(body) || body.state === undefined) return FAILED
    stateJson = JSON.stringify(body.state)
  }
  if (!reportItemFailures || body === null) return { kind: 'success', stateJson }
  if (!isObject(body)) return FAILED
  const items = body.batchItemFailures
  if (items === undefined || items === null) return { kind: 'success', stateJson }
  if (!Array.isArray(items)) return FAILED
  if (items.length === 0) return { kind: 'success', stateJson }
  const lowest = lowestReported(items)
  if (lowest === undefined) return FAILED
  const index = checkpointIndex(segment.records, lowest)
  return index === segment.records.length ? { kind: 'success', stateJson } : { kind: 'partial', index, stateJson }
}
