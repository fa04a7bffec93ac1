/**
 * A modelled function (no `Code`, or a run without a handler runtime) returns `null`, which neither
 * API Gateway nor a load balancer could send. Behind them it stands for a handler that answers
 * well: 200 with an empty body, so a model-only scenario shows throttles, timeouts and errors, not a 502 per request.
 */
import type { SyncResponse } from '../../invoke/results.ts'
import type { TargetRef } from '../../invoke/targets.ts'
import { versionOf } from '../../model/lookup.ts'
import type { HttpResponse } from './httpResponse.ts'

export const MODELLED_RESPONSE: HttpResponse = { statusCode: 200, headers: {}, body: '', isBase64Encoded: false }

export function isModelled(target: TargetRef, result: SyncResponse): boolean {
  return versionOf(target.fn, result.executedVersion)?.code === null
}
