/**
 * One invocation's data for the guest as a single JSON array, parsed there in one go with the
 * event: `[now, deadline, requestId, arn, clientContext, identity, event]` (null when absent; the ARN
 * null when it is the same as last time). One string and one parse cost less than separate
 * arguments across the host–guest boundary.
 */
import type { InvocationContext } from '../../engine/runtime/types.ts'

function jsonOrNull(value: unknown): string {
  if (value === undefined) return 'null'
  try {
    return JSON.stringify(value) ?? 'null'
  } catch {
    return 'null'
  }
}

export function packInvocation(nowMs: number, context: InvocationContext, eventJson: string, previousArn: string): string {
  const arn = context.invokedFunctionArn === previousArn ? 'null' : JSON.stringify(context.invokedFunctionArn)
  return `[${nowMs},${context.deadlineMs},${JSON.stringify(context.awsRequestId)},${arn},${jsonOrNull(context.clientContext)},${jsonOrNull(context.identity)},${eventJson}]`
}
