import type { FailureStatus } from '../logs/format.ts'
import type { CodeError } from './codeErrors.ts'
import { CodeLog } from './codeLog.ts'

/** An init that did not complete: how long it ran and how it ended (an INIT_REPORT line) [D-runtime-env]. */
export interface InitFailure {
  readonly durationMs: number
  readonly failure: FailureStatus
}

/** What user code did in one invocation, for its log and its caller. Modelled invocations have none. */
export class CodeRun {
  /** Lines of the invoke (and of an init retried inside it). */
  readonly log = new CodeLog()
  /** Lines of the environment's init, logged before START: on a cold start, or a provisioned environment's first request. */
  initLog: CodeLog | null = null
  /** When the Invoke phase began (START). */
  invokeStartMs = 0
  /** The Init phase failed or timed out, so Lambda retried init inside this invoke (INIT_REPORT Phase: init). */
  failedInit: InitFailure | null = null
  /** The init retried inside this invoke failed too (INIT_REPORT Phase: invoke). */
  failedRetry: InitFailure | null = null
  /** Why the invocation failed, when it did by an error of its own (not a timeout). */
  error: CodeError | null = null
  /**
   * Set when the runtime reported `error` itself and then its process exited (an uncaught exception
   * or an unhandled rejection): Lambda's `Runtime exited with error: ...` for the log.
   */
  exitMessage: string | null = null
  /** The JSON text of the handler's result. */
  payload: string | null = null
  /** Set when the Invoke API keeps this invocation's result: only then does the payload outlive the invocation. */
  keepPayload = false

  constructor(readonly requestId: string, readonly cold: boolean) {}
}
