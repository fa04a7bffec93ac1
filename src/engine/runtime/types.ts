/**
 * The contract between the engine and a handler runtime: how an execution environment of a
 * function with `Code` initialises and runs the user's handler. The engine owns virtual time and
 * decides outcomes; the runtime (src/sandbox, QuickJS) owns the user's code and may use real time
 * only for its watchdog. The engine never imports a runtime: one is injected through
 * `createSimulation(scenario, { runtime })`, so model-only runs pay nothing for it.
 */

/** Everything a runtime needs to build one execution environment (a cold start). */
export interface EnvironmentSpec {
  functionName: string
  /** `$LATEST` or a version number. */
  version: string
  /** The function's files: path → source (JavaScript or TypeScript). */
  code: Readonly<Record<string, string>>
  /** The `Handler` setting, e.g. `index.handler` or `src/app.main`. */
  handler: string
  runtime: string
  /** Layers in order (at most 5): each a name, a version and its files under `nodejs/node_modules/<module>/...`. */
  layers: readonly LayerSpec[]
  /** The function's variables plus the reserved ones Lambda sets (the engine computes them). */
  environmentVariables: Readonly<Record<string, string>>
  memoryMb: number
  timeoutMs: number
  logGroupName: string
  logStreamName: string
}

export interface LayerSpec {
  name: string
  version: number
  files: Readonly<Record<string, string>>
}

/** What the environment may ask of the engine while user code runs. Every call is synchronous. */
export interface EnvironmentHost {
  /** Virtual time now, in ms since the run's epoch (what `Date.now()` returns inside the handler). */
  nowMs(): number
  /** Calls `fire` after `delayMs` of virtual time (setTimeout, setInterval, awaited sleeps). */
  setTimer(delayMs: number, fire: () => void): number
  clearTimer(id: number): void
  /** A line the code logged (console.log/info/warn/error/debug/trace), already formatted as its message. */
  log(level: 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR', message: string): void
  /**
   * A simulated AWS SDK call (`@aws-sdk/client-*` command style). The engine answers later, in
   * virtual time, through `respond`: a result object, or an error with AWS's name and message.
   */
  awsCall(service: string, operation: string, input: unknown, respond: (outcome: AwsCallOutcome) => void): void
}

export type AwsCallOutcome = { ok: true; output: unknown } | { ok: false; name: string; message: string }

/** An error as the runtime reports it: `trace` is its stack, one line per entry. */
export interface ReportedError {
  errorType: string
  errorMessage: string
  trace: readonly string[]
}

/** How a phase of user code ended, as Lambda reports it. */
export type CodeOutcome =
  /** `payload` is the JSON text of the returned value (`null` when undefined). */
  | { type: 'success'; payload: string }
  /** A thrown error, a rejected promise or a callback error, or a Lambda runtime error such as Runtime.HandlerNotFound. */
  | { type: 'error'; errorType: string; errorMessage: string; trace: readonly string[] }
  /** The watchdog stopped code that ran too long in real time without yielding. */
  | { type: 'watchdog' }
  /** The environment ran out of memory (or hit its stack limit badly enough to be unusable): Runtime.OutOfMemory. */
  | { type: 'out-of-memory' }
  /**
   * The environment's process ended (process.exit, an uncaught exception or rejection, a corrupted
   * runtime); `message` is Lambda's whole wording (`Runtime exited with error: exit status 129`).
   * `error` is what the runtime reported for the phase before its process exited (Node.js's
   * runtime does for an uncaught exception or an unhandled rejection); without it the phase fails
   * with Runtime.ExitError.
   */
  | { type: 'crash'; message: string; error?: ReportedError }

/** The Node.js context object's data [D-node-ctx]; `getRemainingTimeInMillis` is computed inside from `deadlineMs`. */
export interface InvocationContext {
  awsRequestId: string
  invokedFunctionArn: string
  /** The X-Ray trace header of this request, which the runtime puts in `_X_AMZN_TRACE_ID` (a runtime reads it only when the code does). */
  readonly traceHeader: string
  /** Virtual time at which the invocation times out. */
  deadlineMs: number
  clientContext?: unknown
  identity?: unknown
}

/** One execution environment's user code. Whoever created it disposes it (cold start = create, discard = dispose). */
export interface RuntimeEnvironment {
  /**
   * Runs module-scope code (the Init phase). `done` is called once, possibly later in virtual
   * time when init awaits (top-level await on a timer or an SDK call).
   */
  init(done: (outcome: CodeOutcome, memoryUsedMb: number) => void): void
  /** Calls the handler with the event (JSON text) and context; `done` is called once, when it settles. */
  invoke(eventJson: string, context: InvocationContext, done: (outcome: CodeOutcome, memoryUsedMb: number) => void): void
  /** Frees everything; after a timeout or a crash the engine disposes and never reuses it. */
  dispose(): void
}

export interface HandlerRuntime {
  createEnvironment(spec: EnvironmentSpec, host: EnvironmentHost): RuntimeEnvironment
}
