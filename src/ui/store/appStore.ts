import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Scenario } from '../../engine/api.ts'
import { INITIAL_LIVE, type LiveSlice } from './liveSlice.ts'
import { loadingScenario, type OpenWorkspace, type ScenarioSlice } from './scenarioSlice.ts'
import { INITIAL_TEST_FORM, initialUi, type SavedTestEvent, type Theme, type UiSlice } from './uiSlice.ts'

/**
 * Everything the page shows, one slice per domain: `scenario` (the document being edited, the source
 * of truth), `live` (the newest frame from the worker), `ui` (selection, tabs, theme). Data only.
 * - Read: `useAppState(selector)` (./useAppState.ts) with a module-level selector (./selectors.ts).
 * - Edit the document or the selection: `editDocument(useAppStore(), (doc) => newDoc)` (./edits.ts).
 * - Act on the run (deploy, publish, invoke, reserved concurrency, alias weights, play...): the
 *   commands in ../commands, `command.run(useAppServices(), arg)`.
 * - Views built in the worker: `useWatchedView('monitor', request)` (../bridge/useWatchedView.ts),
 *   then read `state.live.frame?.views.monitor`; logs accumulate in `state.live.logs`.
 * - Component tests: ../testing/testServices.ts and renderWithServices.tsx.
 */
export interface AppState {
  scenario: ScenarioSlice
  live: LiveSlice
  ui: UiSlice
}

export type AppStore = StoreApi<AppState>

export interface InitialState {
  document: Scenario
  bundledId: string | null
  theme?: Theme
  savedTestEvents?: readonly SavedTestEvent[]
  /** The workspace `document` is open in, as restored (src/ui/workspace); by default one holding just `document`. */
  workspace?: OpenWorkspace
}

export function createAppStore({ document, bundledId, theme = 'light', savedTestEvents = [], workspace }: InitialState): AppStore {
  const ui = initialUi(theme, { ...INITIAL_TEST_FORM, saved: savedTestEvents })
  return createStore<AppState>()(() => ({ scenario: loadingScenario(document, bundledId, workspace), live: INITIAL_LIVE, ui }))
}
