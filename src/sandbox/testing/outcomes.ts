/**
 * Outcomes the sandbox's tests expect in several files: the end of a runtime by an unhandled
 * rejection, and the runtime's own frame under the user's in a trace.
 */
import { expect } from 'vitest'
import type { CodeOutcome } from '../../engine/runtime/types.ts'
import { REJECTION_FRAMES } from '../errors.ts'

/** Runtime.UnhandledPromiseRejection with `errorMessage` (String(reason)), exit status 128. */
export function rejectedWith(errorMessage: string): CodeOutcome {
  return {
    type: 'crash',
    message: 'Runtime exited with error: exit status 128',
    error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage, trace: [`Runtime.UnhandledPromiseRejection: ${errorMessage}`, ...REJECTION_FRAMES] },
  }
}

/** The runtime's frame that called the handler, as a trace line (its line and column vary with the prelude). */
export const INVOKE_FRAME = expect.stringMatching(/^ {4}at invoke \(file:\/\/\/var\/runtime\/index\.mjs:\d+:\d+\)$/) as unknown as string
