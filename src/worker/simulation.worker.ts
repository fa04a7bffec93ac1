/**
 * The simulation's Web Worker: a thin shell around ./driver.ts. It checks each message's protocol
 * version, hands commands to the driver and gives the driver the worker's real clock, its timers
 * and the handler runtime. It is one of the few places that read real time, because it lives outside
 * src/engine and only decides how far the engine's virtual clock should go.
 */
import { handlerRuntime, openSimulation } from '../host/openSimulation.ts'
import { createDriver } from './driver.ts'
import { PROTOCOL_VERSION, type WorkerCommand, type WorkerEvent } from './protocol.ts'

/** Real time between paced ticks: about one display frame. */
const PACED_TICK_MS = 16

// A posted message yields to queued commands without the 4 ms clamp that nested timeouts get.
const maxSpeedChannel = new MessageChannel()
let maxSpeedTick: (() => void) | null = null
maxSpeedChannel.port1.onmessage = () => maxSpeedTick?.()

const driver = createDriver({
  post: (event: WorkerEvent) => postMessage(event),
  now: () => performance.now(),
  schedule: (tick, speed) => {
    if (speed === 'max') {
      maxSpeedTick = tick
      maxSpeedChannel.port2.postMessage(null)
    } else {
      setTimeout(tick, PACED_TICK_MS)
    }
  },
  open: openSimulation,
})

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== PROTOCOL_VERSION) {
    postMessage({ v: PROTOCOL_VERSION, type: 'fatal', message: `The page speaks another protocol version than this worker (${PROTOCOL_VERSION}); reload the page.` } satisfies WorkerEvent)
    return
  }
  driver.handle(data as WorkerCommand)
})

postMessage({ v: PROTOCOL_VERSION, type: 'ready' } satisfies WorkerEvent)
// The handler runtime (a wasm module) starts loading now, while the page's first document is on its
// way: the bundled scenarios run code. A load failure is reported when a run needs the runtime.
handlerRuntime().catch(() => undefined)
