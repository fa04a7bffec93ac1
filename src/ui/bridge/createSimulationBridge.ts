import type { ActionResult } from '../../engine/api.ts'
import type { Action } from '../../engine/scenario/types.ts'
import { PROTOCOL_VERSION, type CommandBody, type WorkerCommand, type WorkerEvent } from '../../worker/protocol.ts'
import type { ViewRequests } from '../../worker/views/types.ts'
import { applyWorkerEvents, enqueueWorkerEvent } from '../store/applyWorkerEvents.ts'
import type { AppStore } from '../store/appStore.ts'

export interface SimulationBridge {
  send(command: CommandBody): void
  /** Applies a change to the live run; resolves with the engine's answer (refusals name their reason). */
  apply(action: Action): Promise<ActionResult>
  /** Sets (or, with `null`, drops) what one view needs built each frame; the worker hears of changes only. */
  watch<View extends keyof ViewRequests>(view: View, request: ViewRequests[View] | null): void
  /** A fresh id for an `apply` or `invoke` request. */
  nextRequestId(): string
  /** Stops the worker; the bridge is unusable afterwards. */
  dispose(): void
}

/** What the bridge needs from a worker; a real `Worker`, or a fake in tests. */
export interface WorkerPort {
  postMessage(command: WorkerCommand): void
  addEventListener(type: 'message', listener: (message: MessageEvent<WorkerEvent>) => void): void
  addEventListener(type: 'error', listener: (error: ErrorEvent) => void): void
  terminate(): void
}

/** Schedules a commit for the next display frame; `requestAnimationFrame` in the page. */
export interface FrameScheduler {
  request(callback: () => void): number
  cancel(handle: number): void
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
}

function lastFrameSeq(events: readonly WorkerEvent[]): number | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]
    if (event?.type === 'frame' || event?.type === 'loaded') return event.frame.seq
  }
  return null
}

export function startSimulationWorker(): WorkerPort {
  return new Worker(new URL('../../worker/simulation.worker.ts', import.meta.url), { type: 'module' }) as WorkerPort
}

/**
 * Owns the simulation worker until `dispose`. Commands wait for the worker's `ready`; events are
 * batched and committed to the store at most once per animation frame, so React renders at most
 * once per frame however fast the worker runs.
 */
export function createSimulationBridge(store: AppStore, worker: WorkerPort = startSimulationWorker(), frames = animationFrames): SimulationBridge {
  let ready = false
  const outbox: WorkerCommand[] = []
  const inbox: WorkerEvent[] = []
  const pendingApplies = new Map<string, (result: ActionResult) => void>()
  let frame: number | null = null
  let requests = 0

  const commit = () => {
    frame = null
    const events = inbox.splice(0)
    store.setState((state) => applyWorkerEvents(state, events), true)
    // Tell the worker how far the page has got, so it never runs more than a frame or two ahead.
    const drawn = lastFrameSeq(events)
    if (drawn !== null) send({ type: 'ack', seq: drawn })
  }
  const receive = (event: WorkerEvent) => {
    if (event.type === 'ready') {
      ready = true
      for (const command of outbox.splice(0)) worker.postMessage(command)
      return
    }
    if (event.type === 'applied') pendingApplies.get(event.requestId)?.(event.result)
    if (event.type === 'fatal') settleApplies({ ok: false, error: event.message })
    enqueueWorkerEvent(inbox, event)
    frame ??= frames.request(commit)
  }
  const settleApplies = (result: ActionResult) => {
    for (const resolve of pendingApplies.values()) resolve(result)
    pendingApplies.clear()
  }
  const fail = (message: string) => receive({ v: PROTOCOL_VERSION, type: 'fatal', message })

  worker.addEventListener('message', (message: MessageEvent<WorkerEvent>) => {
    if (message.data.v === PROTOCOL_VERSION) receive(message.data)
    else fail(`The simulation worker speaks protocol version ${String(message.data.v)}, the page ${PROTOCOL_VERSION}; reload the page.`)
  })
  // Fires when the worker script cannot load or throws outside the worker's own guard.
  worker.addEventListener('error', (error: ErrorEvent) => {
    error.preventDefault()
    fail(error.message || 'The simulation worker failed to start.')
  })

  const send = (body: CommandBody) => {
    const command = { ...body, v: PROTOCOL_VERSION } as WorkerCommand
    if (ready) worker.postMessage(command)
    else outbox.push(command)
  }
  const nextRequestId = () => `r${++requests}`
  let views: ViewRequests = {}

  return {
    send,
    nextRequestId,
    watch(view, request) {
      if (JSON.stringify(views[view] ?? null) === JSON.stringify(request)) return
      const next = { ...views }
      if (request === null) delete next[view]
      else next[view] = request
      views = next
      send({ type: 'watch', views })
    },
    apply(action) {
      const requestId = nextRequestId()
      return new Promise((resolve) => {
        pendingApplies.set(requestId, (result) => {
          pendingApplies.delete(requestId)
          resolve(result)
        })
        send({ type: 'apply', requestId, action })
      })
    },
    dispose() {
      if (frame !== null) frames.cancel(frame)
      settleApplies({ ok: false, error: 'The simulation worker was stopped.' })
      worker.terminate()
    },
  }
}
