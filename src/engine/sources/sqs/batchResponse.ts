/**
 * A partial batch response (`ReportBatchItemFailures`) read as Lambda reads it [G-sqs], [D-sqs-cfg] §3.3:
 * - complete success: an empty or null `batchItemFailures`, an empty or null response;
 * - complete failure: invalid JSON, an empty-string or null `itemIdentifier`, a bad key name, or a
 *   message id that is not in the batch;
 * - otherwise exactly the listed messages failed.
 * A response that is JSON but not an object (a bare string or number) carries no valid
 * `batchItemFailures`, so the simulator counts it as invalid, a complete failure.
 */
import { isObject } from '../../scenario/check.ts'

/** Which messages of the batch failed, by index: none, every one, or these (ascending). */
export type BatchOutcome = { readonly kind: 'success' } | { readonly kind: 'failure' } | { readonly kind: 'partial'; readonly failed: readonly number[] }

const SUCCESS: BatchOutcome = { kind: 'success' }
const FAILURE: BatchOutcome = { kind: 'failure' }

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: true, value: null }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** `payload` is the function's response as JSON text; `messageIds` the batch's, in order. */
export function readBatchResponse(payload: string, messageIds: readonly string[]): BatchOutcome {
  const parsed = parse(payload)
  if (!parsed.ok) return FAILURE
  const response = parsed.value
  if (response === null) return SUCCESS
  if (!isObject(response)) return FAILURE
  const failures = response.batchItemFailures
  if (failures === undefined || failures === null) return SUCCESS
  if (!Array.isArray(failures)) return FAILURE
  if (failures.length === 0) return SUCCESS
  const indexOf = new Map(messageIds.map((id, index) => [id, index]))
  const failed = new Set<number>()
  for (const failure of failures) {
    if (!isObject(failure)) return FAILURE
    const id = failure.itemIdentifier
    if (typeof id !== 'string' || id === '') return FAILURE
    const index = indexOf.get(id)
    if (index === undefined) return FAILURE
    failed.add(index)
  }
  return { kind: 'partial', failed: [...failed].sort((a, b) => a - b) }
}
