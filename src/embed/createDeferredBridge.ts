import type { SimulationBridge } from '../ui/bridge/createSimulationBridge.ts'
import type { ViewRequests } from '../worker/views/types.ts'

/** A bridge whose worker starts only when something needs the run, and says whether it has. */
export interface DeferredBridge extends SimulationBridge {
  readonly started: boolean
}

/**
 * The player's bridge: the same bridge and worker as the app's, started by the first command
 * rather than at load, so a page with players that are never played never fetches the engine.
 * Panels may watch views before that; their requests are passed on when the worker starts.
 */
export function createDeferredBridge(start: () => SimulationBridge): DeferredBridge {
  let bridge: SimulationBridge | null = null
  const watched: ViewRequests = {}
  const started = (): SimulationBridge => {
    if (bridge) return bridge
    const fresh = start()
    bridge = fresh
    for (const view of Object.keys(watched) as (keyof ViewRequests)[]) fresh.watch(view, watched[view] ?? null)
    return fresh
  }
  return {
    get started() {
      return bridge !== null
    },
    send: (command) => started().send(command),
    apply: (action) => started().apply(action),
    nextRequestId: () => started().nextRequestId(),
    watch(view, request) {
      if (bridge) {
        bridge.watch(view, request)
        return
      }
      if (request === null) delete watched[view]
      else Object.assign(watched, { [view]: request })
    },
    dispose: () => bridge?.dispose(),
  }
}
