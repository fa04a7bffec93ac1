import type { World } from '../world.ts'
import type { AwsCaller, AwsEnginePort } from './types.ts'

/** One call as an operation handles it, when the request reaches the service. */
export interface AwsCall {
  readonly world: World
  readonly caller: AwsCaller
  /** Unchecked: whatever the handler passed as the command's input. */
  readonly input: unknown
  readonly port: AwsEnginePort
  /**
   * Answers with the command's output (JSON-safe). Called once, now or later in virtual time (a
   * synchronous Invoke answers when the function finishes; its errors are 200s, so a refusal is always known at once).
   */
  succeed(output: object): void
}

/** An operation answers through `call.succeed`, or throws an AwsError for a request it refuses. */
export type Operation = (call: AwsCall) => void
