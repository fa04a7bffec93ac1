/**
 * The one contract between the page and the simulation worker. The page sends `WorkerCommand`s,
 * the worker answers with `WorkerEvent`s; both sides `import type` these unions and switch on `type`.
 * Bump `PROTOCOL_VERSION` whenever a message changes shape.
 */
import type { RunSummary, Snapshot } from '../engine/api.ts'

export const PROTOCOL_VERSION = 1

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

/** Replaces any run with a fresh, paused one of this scenario document. */
export interface LoadCommand extends Message {
  type: 'load'
  /** The scenario document as JSON text; the worker validates it. */
  scenarioText: string
  /** Overrides the document's `Seed`. */
  seed?: number
  /** Overrides the document's `DurationSeconds`. */
  durationSeconds?: number
}

export type WorkerCommand =
  | LoadCommand
  | (Message & { type: 'play' })
  | (Message & { type: 'pause' })
  /** Pauses, then advances virtual time by `virtualMs`. */
  | (Message & { type: 'step'; virtualMs: number })
  | (Message & { type: 'setSpeed'; speed: Speed })
  /** Restarts the loaded scenario, paused, with the same seed and overrides: the same run again. */
  | (Message & { type: 'reset' })

export type WorkerEvent =
  /** The worker is listening; sent once, first. */
  | (Message & { type: 'ready' })
  /** A fresh run is ready at virtual time 0 (after `load` and after `reset`). */
  | (Message & { type: 'loaded'; scenarioName: string; description: string; snapshot: Snapshot; summary: RunSummary })
  | (Message & { type: 'loadFailed'; problems: ScenarioProblem[] })
  /**
   * The run's state. Sent at most once per frame while playing and after every command that moves or
   * pauses the run. `summary` rides along every few hundred milliseconds and on the last snapshot,
   * because computing percentiles on every frame would slow long runs.
   */
  | (Message & { type: 'snapshot'; snapshot: Snapshot; playing: boolean; summary?: RunSummary })
  /** The run reached its duration; follows the final snapshot. */
  | (Message & { type: 'done'; summary: RunSummary })
  /** The worker cannot go on (an engine exception, a protocol mismatch); load again to recover. */
  | (Message & { type: 'fatal'; message: string })
