import { ACCOUNT_ID } from '../facts.ts'
import type { AsyncEvent } from '../invoke/asyncEvent.ts'
import { invokedArn } from '../invoke/targets.ts'
import { isoTimestamp } from '../logs/format.ts'
import { asyncRequestId } from '../logs/requestIds.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import type { World } from '../world.ts'

/** Why an async event left the queue; `EventAgeExceeded` is the name AWS-compatible tools use (fact sheet §12). */
export type RecordCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded'

/** The invocation record sent to a destination, in the documented shape [D-async-rec]. */
export function invocationRecord(world: World, event: AsyncEvent, condition: RecordCondition, responsePayload: unknown): unknown {
  const failed = condition !== 'Success'
  return {
    version: '1.0',
    timestamp: isoTimestamp(VIRTUAL_EPOCH_MS, world.nowMs),
    requestContext: {
      requestId: asyncRequestId(world.seed, event.serial),
      functionArn: invokedArn(world.region, ACCOUNT_ID, event.target) + (event.target.kind === 'unqualified' ? ':$LATEST' : ''),
      condition,
      approximateInvokeCount: event.attempts,
    },
    requestPayload: event.payload ?? null,
    responseContext: {
      statusCode: 200,
      executedVersion: event.lastExecutedVersion ?? '$LATEST',
      ...(failed && event.lastError ? { functionError: 'Unhandled' } : {}),
    },
    responsePayload,
  }
}
