/**
 * A player wired as in the page, but with a fake simulation worker that answers the protocol the
 * way the real driver does (load → loaded at 0, play/pause/step → a frame), so the player's
 * commands and the host's events are tested without the engine.
 */
import type { Scenario } from '../engine/api.ts'
import { SCENARIO_FORMAT } from '../engine/scenario/types.ts'
import { createSimulationBridge, type WorkerPort } from '../ui/bridge/createSimulationBridge.ts'
import { createAppStore } from '../ui/store/appStore.ts'
import { PROTOCOL_VERSION, type Frame, type WorkerCommand, type WorkerEvent } from '../worker/protocol.ts'
import { createDeferredBridge } from './createDeferredBridge.ts'
import { createEmbedPlayer, type EmbedPlayer, type EmbedServices } from './createEmbedPlayer.ts'
import { createEmbedStore } from './embedState.ts'

export const PLAYER_DOCUMENT: Scenario = {
  Format: SCENARIO_FORMAT, Name: 'Orders', DurationSeconds: 600, Functions: [{ FunctionName: 'orders', ReservedConcurrentExecutions: 2 }],
}

export interface FakeWorker extends WorkerPort {
  /** Commands the worker received, in order (acks left out). */
  received: WorkerCommand[]
  /** Virtual time the fake run stands at; `advance` moves a playing run on. */
  nowMs: number
  playing: boolean
  /** Answers `load` only when told to (`answerLoad`), to test what happens meanwhile. */
  holdLoads: boolean
  answerLoad(): void
  advance(virtualMs: number, invocations?: number): void
}

const summaryWith = (invocations: number) => ({
  Seed: 1, DurationSeconds: 600, Queues: {},
  Functions: {
    orders: {
      Invocations: invocations, Errors: 1, Throttles: 2, ColdStarts: 3, ConcurrentExecutions: { Average: 1, Maximum: 2 }, Environments: { Average: 1, Maximum: 2, Created: 2 },
      Duration: { Average: 1, p50: 1, p99: 1 }, ExecutedVersions: {}, ProvisionedConcurrencyInvocations: 0, ProvisionedConcurrencySpilloverInvocations: 0,
      AsyncEventsReceived: 0, AsyncEventsDropped: 0, GBSeconds: 0, CostUSD: 0,
    },
  },
})

export function createFakeWorker(): FakeWorker {
  const listeners: ((message: MessageEvent<WorkerEvent>) => void)[] = []
  let seq = 0
  let invocations = 0
  const v = PROTOCOL_VERSION
  const emit = (data: WorkerEvent) => {
    for (const listener of listeners) listener({ data } as MessageEvent<WorkerEvent>)
  }
  const frame = (): Frame => ({
    seq: seq++, playing: worker.playing, summary: summaryWith(invocations), views: {},
    snapshot: { nowMs: worker.nowMs, durationMs: 600_000, done: false, accountInFlight: 1, unreservedInFlight: 0, functions: [], environments: [] },
  })
  const worker: FakeWorker = {
    received: [],
    nowMs: 0,
    playing: false,
    holdLoads: false,
    addEventListener(type: string, listener: unknown) {
      if (type === 'message') listeners.push(listener as (message: MessageEvent<WorkerEvent>) => void)
    },
    postMessage(command) {
      if (command.type === 'ack') return
      worker.received.push(command)
      if (command.type === 'load') {
        worker.nowMs = 0
        worker.playing = false
        invocations = 0
        if (!worker.holdLoads) worker.answerLoad()
      }
      if (command.type === 'play') worker.playing = true
      if (command.type === 'pause') worker.playing = false
      if (command.type === 'step') {
        worker.playing = false
        worker.nowMs += command.virtualMs
      }
      if (command.type === 'play' || command.type === 'pause' || command.type === 'step') emit({ v, type: 'frame', frame: frame() })
    },
    answerLoad: () => emit({ v, type: 'loaded', frame: frame() }),
    advance(virtualMs, more = 0) {
      worker.nowMs += virtualMs
      invocations += more
      emit({ v, type: 'frame', frame: frame() })
    },
    terminate: () => undefined,
  }
  queueMicrotask(() => emit({ v, type: 'ready' }))
  return worker
}

export interface TestPlayer extends EmbedServices {
  player: EmbedPlayer
  /** The fake worker, once the player has started it. */
  worker(): FakeWorker | null
}

/** Frames are committed in a microtask (no animation frames in Node). */
const immediately = { request: (callback: () => void) => (queueMicrotask(callback), 1), cancel: () => undefined }

export function createTestPlayer(): TestPlayer {
  const store = createAppStore({ document: PLAYER_DOCUMENT, bundledId: null })
  const embed = createEmbedStore()
  let worker: FakeWorker | null = null
  const bridge = createDeferredBridge(() => {
    worker = createFakeWorker()
    return createSimulationBridge(store, worker, immediately)
  })
  const services = { store, bridge, embed }
  return { ...services, player: createEmbedPlayer(services), worker: () => worker }
}

/** Lets queued microtasks (the worker's answers, awaited commands) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
