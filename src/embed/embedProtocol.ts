/**
 * The postMessage API between a host page and an embedded player (`embed.html` in an iframe): the
 * host sends `HostMessage`s to the iframe's window, the player answers its `window.parent` with
 * `PlayerMessage`s. Both carry `source: 'lambda-playground'` (so each side can ignore the other
 * messages a page receives) and the protocol version; bump `EMBED_PROTOCOL_VERSION` whenever a
 * message changes shape. docs/embedding.md documents this API for host pages.
 */
import type { Speed } from '../worker/protocol.ts'

export const EMBED_SOURCE = 'lambda-playground'
export const EMBED_PROTOCOL_VERSION = 1

interface Envelope {
  source: typeof EMBED_SOURCE
  v: typeof EMBED_PROTOCOL_VERSION
}

/** What the host asks of the player. */
export type HostCommand =
  /** Replaces the scenario: a bundled scenario's id, or a whole scenario document (validated first). */
  | { type: 'load'; scenario: string | object }
  | { type: 'play' }
  | { type: 'pause' }
  /** Back to virtual time 0, paused. */
  | { type: 'reset' }
  /** Runs to `virtualMs` as fast as the worker can, then pauses there (a time before now replays from 0). */
  | { type: 'seek'; virtualMs: number }
  /** Virtual milliseconds per real second, or `'max'`. */
  | { type: 'setSpeed'; speed: Speed }

export type HostMessage = Envelope & HostCommand

/**
 * Where the player's run stands: `stopped` at virtual time 0 (before the first play and after a
 * reset), `failed` when the scenario cannot run.
 */
export type PlayerStatus = 'stopped' | 'loading' | 'playing' | 'paused' | 'finished' | 'failed'

/** The run's totals over every function, as CloudWatch would sum them, and the requests running now. */
export interface RunCounters {
  invocations: number
  errors: number
  throttles: number
  coldStarts: number
  concurrentExecutions: number
}

export interface ScenarioInfo {
  name: string
  /** The bundled scenario's id, or null for a document from a link or from the host. */
  bundledId: string | null
  durationMs: number
}

/** Why the player cannot do what it was asked. */
export type EmbedErrorCode =
  /** `?scenario=` or a `load` named no bundled scenario; `bundledIds` lists those there are. */
  | 'unknown-scenario'
  /** The fragment (`#scenario=...`) cannot be decoded: cut short or altered. */
  | 'damaged-link'
  /** The document breaks the scenario format's rules; `problems` name each field. */
  | 'invalid-scenario'
  /** A message carried the `lambda-playground` marker but not a command this version understands. */
  | 'bad-message'
  /** The simulation stopped: an engine error, a worker that could not start, or a bundled scenario's document that could not be fetched. */
  | 'run-failed'
  /** The player's own address is wrong (`origin=` that is not an origin); shown in the player, never posted. */
  | 'bad-address'

export interface EmbedProblem {
  code: EmbedErrorCode
  message: string
  /** For `invalid-scenario`: `Functions[0].MemorySize: ... [range]`, one per rule broken. */
  problems?: string[]
  /** For `unknown-scenario`. */
  bundledIds?: string[]
}

/** What the player tells the host. */
export type PlayerEvent =
  /** The player shows `scenario` and takes commands; sent first, and again after every successful `load`. */
  | { type: 'ready'; scenario: ScenarioInfo | null }
  /** The run's status changed (play, pause, reset, seek, load). */
  | { type: 'state'; status: PlayerStatus; virtualMs: number }
  /** While playing, at most `TICK_INTERVAL_MS` apart. */
  | { type: 'tick'; virtualMs: number; durationMs: number; counters: RunCounters }
  /** The run reached its duration. */
  | { type: 'done'; virtualMs: number; counters: RunCounters }
  | ({ type: 'error' } & EmbedProblem)

export type PlayerMessage = Envelope & PlayerEvent

/** Real milliseconds between two `tick` events at least: a few per second is all a host page needs. */
export const TICK_INTERVAL_MS = 250

export function playerMessage(event: PlayerEvent): PlayerMessage {
  return { source: EMBED_SOURCE, v: EMBED_PROTOCOL_VERSION, ...event }
}
