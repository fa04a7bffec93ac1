import { PROTOCOL_VERSION, type WorkerCommand, type WorkerEvent } from '../../worker/protocol.ts'
import { applyWorkerEvents, enqueueWorkerEvent } from '../store/applyWorkerEvents.ts'
import type { AppStore } from '../store/appStore.ts'

/** A command as the page writes it; the bridge stamps the protocol version. */
export type CommandBody = WorkerCommand extends infer C ? (C extends WorkerCommand ? Omit<C, 'v'> : never) : never

export interface SimulationBridge {
  send(command: CommandBody): void
  /** Stops the worker; the bridge is unusable afterwards. */
  dispose(): void
}

/**
 * Starts the simulation worker and owns it until `dispose`. Commands wait for the worker's `ready`;
 * events are batched and committed to the store at most once per animation frame, so React renders
 * at most once per frame however fast the worker runs.
 */
export function createSimulationBridge(store: AppStore): SimulationBridge {
  const worker = new Worker(new URL('../../worker/simulation.worker.ts', import.meta.url), { type: 'module' })
  let ready = false
  const outbox: WorkerCommand[] = []
  const inbox: WorkerEvent[] = []
  let frame: number | null = null

  const commit = () => {
    frame = null
    const events = inbox.splice(0)
    store.setState((state) => applyWorkerEvents(state, events), true)
  }
  const receive = (event: WorkerEvent) => {
    if (event.type === 'ready') {
      ready = true
      for (const command of outbox.splice(0)) worker.postMessage(command)
      return
    }
    enqueueWorkerEvent(inbox, event)
    frame ??= requestAnimationFrame(commit)
  }
  const fail = (message: string) => receive({ v: PROTOCOL_VERSION, type: 'fatal', message })

  worker.addEventListener('message', (message: MessageEvent<WorkerEvent>) => {
    if (message.data.v === PROTOCOL_VERSION) receive(message.data)
    else fail(`The simulation worker speaks protocol version ${String(message.data.v)}, the page ${PROTOCOL_VERSION}; reload the page.`)
  })
  // Fires when the worker script cannot load or throws outside the worker's own guard.
  worker.addEventListener('error', (error) => {
    error.preventDefault()
    fail(error.message || 'The simulation worker failed to start.')
  })

  return {
    send(body) {
      const command = { ...body, v: PROTOCOL_VERSION } as WorkerCommand
      if (ready) worker.postMessage(command)
      else outbox.push(command)
    },
    dispose() {
      if (frame !== null) cancelAnimationFrame(frame)
      worker.terminate()
    },
  }
}
