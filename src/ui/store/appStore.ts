import { createStore, type StoreApi } from 'zustand/vanilla'
import { EMPTY_LIVE, type LiveSlice } from './liveSlice.ts'
import { loadingScenario, type ScenarioSlice } from './scenarioSlice.ts'
import { INITIAL_UI, type UiSlice } from './uiSlice.ts'

/** Everything the page shows, one slice per domain; changed only by commands and worker events. */
export interface AppState {
  scenario: ScenarioSlice
  live: LiveSlice
  ui: UiSlice
}

export type AppStore = StoreApi<AppState>

export function createAppStore(scenarioId: string): AppStore {
  return createStore<AppState>()(() => ({ scenario: loadingScenario(scenarioId), live: EMPTY_LIVE, ui: INITIAL_UI }))
}
