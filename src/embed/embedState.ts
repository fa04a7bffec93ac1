/**
 * What the player adds to the app's store (../ui/store/appStore.ts): whether it has a scenario to
 * show, why not, and whether the run has been started. The app store holds the document and the
 * run exactly as in the playground, so the graph, clock and charts read it unchanged.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { AppState } from '../ui/store/appStore.ts'
import { selectNowMs } from '../ui/store/selectors.ts'
import type { EmbedProblem, PlayerStatus } from './embedProtocol.ts'

export interface EmbedState {
  /** `resolving` the address's scenario, `empty` when it named none, `shown` once the store holds it. */
  phase: 'resolving' | 'empty' | 'shown'
  /** Shown instead of the player: a scenario that cannot be found, decoded or run. */
  problem: EmbedProblem | null
  /** The worker was started (by play, seek or the editor): the charts load from then on. */
  started: boolean
  /** Counts the scenarios shown so far: the host hears `ready` for each. */
  loads: number
}

export type EmbedStore = StoreApi<EmbedState>

export function createEmbedStore(): EmbedStore {
  return createStore<EmbedState>()(() => ({ phase: 'resolving', problem: null, started: false, loads: 0 }))
}

/** The run's status as the host hears it; null while there is no scenario to run. */
export function playerStatus(app: AppState, embed: EmbedState): PlayerStatus | null {
  if (embed.problem) return 'failed'
  if (embed.phase !== 'shown') return null
  if (!embed.started) return 'stopped'
  if (app.live.fatal !== null || app.scenario.status === 'failed') return 'failed'
  if (app.scenario.status === 'loading') return 'loading'
  if (app.live.done) return 'finished'
  if (app.live.playing) return 'playing'
  return selectNowMs(app) === 0 ? 'stopped' : 'paused'
}
