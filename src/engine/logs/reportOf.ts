import { billedDurationMs } from '../cost/bill.ts'
import type { InvocationRecord } from '../model/state.ts'
import { reportLine, type FailureStatus } from './format.ts'

/**
 * The REPORT line of a finished invocation: Billed Duration as the bill computed it (init included
 * on an on-demand cold start since Aug 2025), Init Duration only when a cold start's Init phase
 * completed, Status only on failures [D-runtime-env].
 */
export function reportOf(record: InvocationRecord, requestId: string, coldInitMs: number | undefined, failure: FailureStatus | undefined): string {
  return reportLine({
    requestId,
    durationMs: record.durationMs,
    billedDurationMs: billedDurationMs(record.durationMs, coldInitMs ?? 0),
    memorySizeMB: record.memoryMb,
    maxMemoryUsedMB: Math.round(record.memoryUsedMb),
    ...(coldInitMs === undefined ? {} : { initDurationMs: coldInitMs }),
    ...(failure === undefined ? {} : { failure }),
  })
}
