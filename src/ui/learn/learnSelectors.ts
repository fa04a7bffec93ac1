/**
 * What the Learn UI reads from the app store. The open scenario's library id is read here and
 * nowhere else, so a change to how the store names it (workspaces) touches this file only.
 */
import type { AppState } from '../store/appStore.ts'

/** The library entry id of the open scenario (its bundled id), or null for a scenario from elsewhere. */
export const selectLibraryId = (state: AppState): string | null => state.scenario.bundledId

export const selectPresenting = (state: AppState) => state.ui.presenting

/** The document the current run is running (edits not yet run are not in it); null before a load. */
export const selectRunDocument = (state: AppState) => state.scenario.runDocument
export const selectRunDone = (state: AppState) => state.live.done
export const selectPlaying = (state: AppState) => state.live.playing
export const selectDurationMs = (state: AppState) => state.live.frame?.snapshot.durationMs ?? 0
