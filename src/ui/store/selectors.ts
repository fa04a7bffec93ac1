/**
 * Module-level selectors, so `useAppState(selector)` keeps a stable reference and components
 * re-render only when what they read changes (STYLE.md §8).
 */
import { DEFAULT_DURATION_SECONDS } from '../../engine/facts.ts'
import type { FunctionConfig } from '../../engine/scenario/types.ts'
import type { AppState } from './appStore.ts'
import type { FocusedFunction } from './uiSlice.ts'

export const selectDocument = (state: AppState) => state.scenario.document
export const selectNowMs = (state: AppState) => state.live.frame?.snapshot.nowMs ?? 0
/** The run's length; before the worker has loaded the run, the document's. */
export const selectDurationMs = (state: AppState) =>
  state.live.frame?.snapshot.durationMs ?? (state.scenario.document.DurationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000
export const selectSelectedNodeId = (state: AppState) => state.ui.selectedNodeId
export const selectActiveTab = (state: AppState) => state.ui.activeTab
export const selectTheme = (state: AppState) => state.ui.theme

/** Whether the page shows edits the run has not taken (a reset runs the edited document). */
export const selectHasUnrunEdits = (state: AppState) =>
  state.scenario.runDocument !== null && state.scenario.document !== state.scenario.runDocument

/**
 * The function the panels follow: the graph's focus if it still exists in the document, else the
 * first function at `$LATEST`; null for a document without functions. Returns the stored object
 * when focused, so it is referentially stable.
 */
export function selectFocusedFunction(state: AppState): FocusedFunction | null {
  const focused = state.ui.focusedFunction
  const functions = state.scenario.document.Functions
  if (focused && functions.some((fn) => fn.FunctionName === focused.functionName)) return focused
  const first = functions[0]
  return first ? firstFunctionFocus(first.FunctionName) : null
}

const firstFocus = new Map<string, FocusedFunction>()

/** One object per name, so the fallback focus does not change identity on every call. */
function firstFunctionFocus(functionName: string): FocusedFunction {
  let focus = firstFocus.get(functionName)
  if (!focus) {
    focus = { functionName, qualifier: '$LATEST' }
    firstFocus.set(functionName, focus)
  }
  return focus
}

export function findFunction(state: AppState, functionName: string): FunctionConfig | undefined {
  return state.scenario.document.Functions.find((fn) => fn.FunctionName === functionName)
}
