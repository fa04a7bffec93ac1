/**
 * How Lambda reports what went wrong in user code: the error a caller receives (and a destination
 * or DLQ records), and the `Error Type` of REPORT and INIT_REPORT lines [D-runtime-env].
 */
import type { FailureStatus } from '../logs/format.ts'
import { nodeMajorVersion } from './nodeRuntime.ts'
import type { CodeOutcome } from './types.ts'

/** The error as the response payload carries it (`trace`) and the Node.js runtime logs it (as `stack`). */
export interface CodeError {
  readonly errorType: string
  readonly errorMessage: string
  readonly trace: readonly string[]
}

export type FailedOutcome = Extract<CodeOutcome, { type: 'error' | 'out-of-memory' | 'crash' }>

/** The error of code that threw, ran out of memory or took its process down (the one its runtime reported before exiting, if any). */
export function errorOf(outcome: FailedOutcome): CodeError {
  switch (outcome.type) {
    case 'error':
      return { errorType: outcome.errorType, errorMessage: outcome.errorMessage, trace: outcome.trace }
    case 'out-of-memory':
      return { errorType: 'Runtime.OutOfMemory', errorMessage: 'Runtime exited with error: signal: killed', trace: [] }
    case 'crash':
      return outcome.error ?? { errorType: 'Runtime.ExitError', errorMessage: outcome.message, trace: [] }
    default: {
      const unknown: never = outcome
      throw new Error(`Unknown outcome ${JSON.stringify(unknown)}`)
    }
  }
}

export function failureOf(error: CodeError): FailureStatus {
  return { status: 'error', errorType: error.errorType }
}

/** A runtime that throws instead of reporting has lost its environment, as a process that exits. */
export function crashOf(thrown: unknown): FailedOutcome {
  return { type: 'crash', message: `Runtime exited with error: ${thrown instanceof Error ? thrown.message : String(thrown)}` }
}

/**
 * How the Node.js runtime logs an init error, with its JSON (aws-lambda-nodejs-runtime-interface-client):
 * `Uncaught Exception` up to Node.js 22; Node.js 24's rewritten runtime logs `Init Error`.
 */
export function initErrorMessage(error: CodeError, runtime: string): string {
  return `${(nodeMajorVersion(runtime) ?? 0) >= 24 ? 'Init Error' : 'Uncaught Exception'} \t` + JSON.stringify({ errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace })
}

/** The `Response payload size exceeded` error of a result over the 6 MB synchronous limit [D-quotas]. */
export function responseTooLarge(bytes: number, maxBytes: number): CodeError {
  return {
    errorType: 'Function.ResponseSizeTooLarge',
    errorMessage: `Response payload size (${bytes} bytes) exceeded maximum allowed payload size (${maxBytes} bytes).`,
    trace: [],
  }
}
