/**
 * The context the engine hands the runtime for one invocation. Its trace header is built only if
 * the runtime asks for it: most handlers never read `_X_AMZN_TRACE_ID`, and building it for each
 * of thousands of requests a second would cost more than the rest of the context.
 */
import { traceHeaderFor, type TraceHeaderFacts } from './traceHeader.ts'
import type { InvocationContext } from './types.ts'

export class CodeContext implements InvocationContext {
  private header: string | undefined

  constructor(
    readonly awsRequestId: string,
    readonly invokedFunctionArn: string,
    readonly deadlineMs: number,
    private readonly trace: TraceHeaderFacts,
  ) {}

  get traceHeader(): string {
    this.header ??= traceHeaderFor(this.trace)
    return this.header
  }
}
