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

/** Request ids and ARNs need no escaping: quoting them is cheaper than JSON.stringify. */
const PLAIN = /^[\w\-.:;=/$]*$/

function quoted(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : JSON.stringify(text)
}

export function packInvocation(nowMs: number, context: InvocationContext, eventJson: string, previousArn: string): string {
  const arn = context.invokedFunctionArn === previousArn ? 'null' : quoted(context.invokedFunctionArn)
  return `[${nowMs},${context.deadlineMs},${quoted(context.awsRequestId)},${arn},${jsonOrNull(context.clientContext)},${jsonOrNull(context.identity)},${eventJson}]`
}
