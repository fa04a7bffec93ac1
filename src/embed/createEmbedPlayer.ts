/**
 * The player's commands, shared by its buttons and the host's messages. They are the playground's
 * own commands (../ui/commands) plus what a lazily started run needs: the first play (or seek)
 * starts the worker and loads the scenario, and waits for it before acting. Each call supersedes
 * the ones still waiting, so a pause sent while the run is still loading is not overtaken by the play.
 */
import type { Speed } from '../worker/protocol.ts'
import type { AppServices } from '../ui/commands/command.ts'
import { loadScenario } from '../ui/commands/loadScenario.ts'
import { play } from '../ui/commands/play.ts'
import { setSpeed } from '../ui/commands/setSpeed.ts'
import type { AppState, AppStore } from '../ui/store/appStore.ts'
import { EMPTY_RUN } from '../ui/store/liveSlice.ts'
import { loadingScenario } from '../ui/store/scenarioSlice.ts'
import { selectNowMs } from '../ui/store/selectors.ts'
import type { DeferredBridge } from './createDeferredBridge.ts'
import type { EmbedStore } from './embedState.ts'
import type { ResolvedScenario } from './resolveScenario.ts'

export interface EmbedServices extends AppServices {
  bridge: DeferredBridge
  embed: EmbedStore
}

export interface EmbedPlayer {
  /** Shows a resolved scenario (or its problem); null when the address named none. */
  show(resolved: ResolvedScenario | null): void
  play(): Promise<void>
  pause(): void
  /** Back to virtual time 0, paused, with the same document and seed. */
  reset(): void
  /** Runs to `virtualMs` at top speed and pauses there; an earlier time replays the run from 0. */
  seek(virtualMs: number): Promise<void>
  setSpeed(speed: Speed): void
}

function waitFor(store: AppStore, done: (state: AppState) => boolean): Promise<AppState> {
  const now = store.getState()
  if (done(now)) return Promise.resolve(now)
  return new Promise((resolve) => {
    const stop = store.subscribe((state) => {
      if (!done(state)) return
      stop()
      resolve(state)
    })
  })
}

const settled = (state: AppState) => state.scenario.status !== 'loading' || state.live.fatal !== null
const runnable = (state: AppState) => state.scenario.status === 'loaded' && state.live.fatal === null

export function createEmbedPlayer(services: EmbedServices): EmbedPlayer {
  const { store, bridge, embed } = services
  // Numbers each call: a call that waited for the run acts only if no later call came in the meantime.
  let calls = 0

  const load = () => {
    const { document, bundledId } = store.getState().scenario
    loadScenario.run(services, { document, bundledId })
  }

  /** Starts (or, after the worker stopped, restarts) the run; resolves with whether call `call` may still act on it. */
  const ensureRun = async (call: number): Promise<boolean> => {
    const { phase, problem } = embed.getState()
    if (phase !== 'shown' || problem !== null) return false
    if (!bridge.started || store.getState().live.fatal !== null) {
      embed.setState({ started: true })
      bridge.send({ type: 'setSpeed', speed: store.getState().live.speed })
      load()
    }
    const state = await waitFor(store, settled)
    return call === calls && runnable(state)
  }

  return {
    show(resolved) {
      calls++
      if (resolved === null) {
        embed.setState({ phase: 'empty', problem: null })
        return
      }
      if (!resolved.ok) {
        if (bridge.started) bridge.send({ type: 'pause' })
        embed.setState({ phase: 'shown', problem: resolved.problem })
        return
      }
      const { document, bundledId } = resolved
      if (bridge.started) loadScenario.run(services, { document, bundledId })
      else store.setState((state) => ({ scenario: loadingScenario(document, bundledId), live: { ...state.live, ...EMPTY_RUN } }))
      embed.setState((state) => ({ phase: 'shown', problem: null, loads: state.loads + 1 }))
    },
    async play() {
      const call = ++calls
      if ((await ensureRun(call)) && play.canRun(store.getState())) play.run(services)
    },
    pause() {
      calls++
      if (bridge.started) bridge.send({ type: 'pause' })
    },
    reset() {
      calls++
      if (bridge.started) load()
    },
    async seek(virtualMs) {
      const call = ++calls
      if (!(await ensureRun(call))) return
      let state = store.getState()
      if (state.live.playing) {
        bridge.send({ type: 'pause' })
        // The paused frame carries the exact virtual time the run stopped at.
        state = await waitFor(store, (s) => !s.live.playing || !runnable(s))
        if (call !== calls || !runnable(state)) return
      }
      let nowMs = selectNowMs(state)
      if (virtualMs < nowMs) {
        load()
        state = await waitFor(store, settled)
        if (call !== calls || !runnable(state)) return
        nowMs = 0
      }
      if (virtualMs > nowMs) bridge.send({ type: 'step', virtualMs: virtualMs - nowMs })
    },
    setSpeed(speed) {
      if (bridge.started) setSpeed.run(services, speed)
      else store.setState((state) => ({ live: { ...state.live, speed } }))
    },
  }
}
