/**
 * The one contract between the page and the simulation worker. The page sends `WorkerCommand`s,
 * the worker answers with `WorkerEvent`s; both sides `import type` these unions and switch on `type`.
 * Bump `PROTOCOL_VERSION` whenever a message changes shape.
 *
 * Version 2: the run's state travels as one `Frame` (snapshot, summary, the views the open panels
 * asked for with `watch`); commands that change the run (`apply`) and test invocations (`invoke`)
 * carry a `requestId` that their answer repeats.
 */
import type { ActionResult, InvocationResult, InvokeRequest, InvokeResponse, RunSummary, Snapshot } from '../engine/api.ts'
import type { Action } from '../engine/scenario/types.ts'
import type { ViewFrames, ViewRequests } from './views/types.ts'

export const PROTOCOL_VERSION = 2

interface Message {
  /** The sender's `PROTOCOL_VERSION`; a receiver refuses any other. */
  v: typeof PROTOCOL_VERSION
}

/** Virtual milliseconds per real second, or as fast as the worker can run while staying responsive. */
export type Speed = number | 'max'

/** One rule a scenario document breaks, as the scenario validator reports it. */
export interface ScenarioProblem {
  /** Where in the document, e.g. `Functions[0].MemorySize`. */
  path: string
  rule: string
  message: string
}

/**
 * The run as the page draws it, at most one per display frame. `summary` rides along every few
 * hundred milliseconds (it sorts durations for percentiles); `views` holds only what `watch` asked for.
 */
export interface Frame {
  /** Counts the worker's frames from 0 (across runs); the page acknowledges them with `ack`. */
  seq: number
  playing: boolean
  snapshot: Snapshot
  summary?: RunSummary
  views: ViewFrames
}

/** Replaces any run with a fresh, paused one of this scenario document. */
export interface LoadCommand extends Message {
  type: 'load'
  /** The scenario document (structured-cloned); the worker validates it. */
  scenario: unknown
  /** Overrides the document's `Seed`. */
  seed?: number
  /** Overrides the document's `DurationSeconds`. */
  durationSeconds?: number
}

/** Applies a change to the running simulation now, as the console or the API would. */
export interface ApplyCommand extends Message {
  type: 'apply'
  requestId: string
  action: Action
}

/**
 * Invokes a function now, as the console's Test button does. A synchronous invoke on a paused run
 * advances virtual time until the invocation ends (at most its timeout), so the answer comes at once.
 */
export interface InvokeCommand extends Message {
  type: 'invoke'
  requestId: string
  request: InvokeRequest
}

export type WorkerCommand =
  | LoadCommand
  | (Message & { type: 'play' })
  | (Message & { type: 'pause' })
  /** Pauses, then advances virtual time by `virtualMs`. */
  | (Message & { type: 'step'; virtualMs: number })
  | (Message & { type: 'setSpeed'; speed: Speed })
  | ApplyCommand
  | InvokeCommand
  /** Which views the open panels need; the worker builds only those, from the next frame on. */
  | (Message & { type: 'watch'; views: ViewRequests })
  /**
   * The page has drawn the frames up to `seq`. The worker stays at most a couple of frames ahead, so
   * a page that is slow for a moment (a big chart redraw) is never flooded with frames to decode.
   */
  | (Message & { type: 'ack'; seq: number })

/** A command as its sender writes it, before the protocol version is stamped on. */
export type CommandBody = WorkerCommand extends infer C ? (C extends WorkerCommand ? Omit<C, 'v'> : never) : never

/** The answer to an `invoke`: the API's status at once, the response once the invocation ends. */
export interface InvocationOutcome {
  requestId: string
  response: InvokeResponse
  /** The synchronous response; absent for async (202), dry runs and refusals. */
  result?: Extract<InvocationResult, { status: 'done' }>
  /** The invocation's log lines (START … REPORT), as CloudWatch shows them. */
  logTail: string[]
  /** The REPORT line alone, when the invocation has ended. */
  report?: string
  /** Why there is no response to show (the run ended first, the response aged out). */
  error?: string
}

export type WorkerEvent =
  /** The worker is listening; sent once, first. */
  | (Message & { type: 'ready' })
  /** A fresh run is ready at virtual time 0, paused (the answer to `load`). */
  | (Message & { type: 'loaded'; frame: Frame })
  | (Message & { type: 'loadFailed'; problems: ScenarioProblem[] })
  /** The run's state; sent at most once per frame while playing and after every command that moves it. */
  | (Message & { type: 'frame'; frame: Frame })
  /** The run reached its duration; follows the final frame. */
  | (Message & { type: 'done'; summary: RunSummary })
  /** The answer to `apply`: refused changes leave the run untouched. */
  | (Message & { type: 'applied'; requestId: string; action: Action; result: ActionResult })
  /** The answer to `invoke`; a synchronous one that is still running is answered again when it ends. */
  | (Message & { type: 'invoked'; outcome: InvocationOutcome; pending: boolean })
  /** The worker cannot go on (an engine exception, a protocol mismatch); load again to recover. */
  | (Message & { type: 'fatal'; message: string })
