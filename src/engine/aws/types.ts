/**
 * The simulated AWS account as handler code reaches it through the SDK (`@aws-sdk/client-*`): the
 * engine-side half of `EnvironmentHost.awsCall`. The runtime wiring calls `AwsService.call`; the
 * service answers later in virtual time, always from an agenda entry of its own, never from inside
 * the caller's code, so a reply can resume the caller's sandbox safely.
 */
import type { InvokeStatus } from '../invoke/request.ts'
import type { TargetRef } from '../invoke/targets.ts'
import type { AwsCallOutcome } from '../runtime/types.ts'
import type { World } from '../world.ts'

/** Who is calling: the invocation whose handler sent the request. */
export interface AwsCaller {
  readonly functionName: string
  /**
   * Invocations in the caller's chain of requests, the caller included (`AsyncEvent.chainDepth`;
   * 1 for a request from outside). A function it invokes runs at depth + 1, which is how
   * recursive loop detection sees Lambda-to-Lambda loops [D-recursion].
   */
  readonly chainDepth: number
}

export type AwsRespond = (outcome: AwsCallOutcome) => void

export interface AwsService {
  /**
   * One SDK call (`service` as in `awsCall`: lambda, sqs, sns, s3, dynamodb, eventbridge; `operation`
   * the command's name without `Command`). `respond` is called exactly once, later in virtual time.
   */
  call(world: World, caller: AwsCaller, service: string, operation: string, input: unknown, respond: AwsRespond): void
}

/** What a finished synchronous invocation answers (Invoke's response fields) [API]. */
export interface SyncInvokeResult {
  /** The version that ran (`X-Amz-Executed-Version`). */
  readonly executedVersion: string
  /** The response body as JSON text: the handler's return value, or Lambda's error object `{ errorType, errorMessage, trace }`. */
  readonly payload: string
  /** `Unhandled` when the function failed (`X-Amz-Function-Error`); null when it succeeded. */
  readonly functionError: 'Unhandled' | null
}

/** What the service needs of the rest of the engine; simulation.ts provides it (see createAwsService). */
export interface AwsEnginePort {
  /** Puts an entry on the world's agenda at `atMs` whose dispatch calls `run` (a request reaching its service, or a reply going back). */
  schedule(world: World, atMs: number, run: () => void): void
  /**
   * A synchronous Invoke, exactly as `request(world, target, 'RequestResponse', payload, payloadBytes)`
   * (admission, throttles, 413, the ledger), whose invocation runs at `chainDepth` and calls `done`
   * once when it ends. Returns request's status: 200 (done follows), 413 or 429 (done never called).
   */
  invokeSync(
    world: World, target: TargetRef, payload: unknown, payloadBytes: number, chainDepth: number,
    done: (result: SyncInvokeResult) => void,
  ): InvokeStatus
}
