/**
 * The small, synchronous changes components make to the store: editing the document, selecting,
 * switching tabs. Anything that talks to the worker is a command (../commands) instead.
 */
import type { Scenario } from '../../engine/api.ts'
import type { AppStore } from './appStore.ts'
import type { Notice } from './liveSlice.ts'
import type { FocusedFunction, PanelTab, TestForm, Theme } from './uiSlice.ts'

/** Notices kept for the status line; older ones are dropped. */
const MAX_NOTICES = 5

/**
 * Replaces the document being edited with `change(document)`. `change` must return a new object
 * (never mutate): panels compare documents by reference.
 */
export function editDocument(store: AppStore, change: (document: Scenario) => Scenario): void {
  store.setState((state) => ({ scenario: { ...state.scenario, document: change(state.scenario.document) } }))
}

export function selectNode(store: AppStore, selectedNodeId: string | null, focusedFunction?: FocusedFunction | null): void {
  store.setState((state) => ({
    ui: { ...state.ui, selectedNodeId, focusedFunction: focusedFunction === undefined ? state.ui.focusedFunction : focusedFunction },
  }))
}

export function focusFunction(store: AppStore, focusedFunction: FocusedFunction | null): void {
  store.setState((state) => ({ ui: { ...state.ui, focusedFunction } }))
}

export function setActiveTab(store: AppStore, activeTab: PanelTab): void {
  store.setState((state) => ({ ui: { ...state.ui, activeTab } }))
}

export function setTheme(store: AppStore, theme: Theme): void {
  store.setState((state) => ({ ui: { ...state.ui, theme } }))
}

export function setShortcutsOpen(store: AppStore, shortcutsOpen: boolean): void {
  store.setState((state) => ({ ui: { ...state.ui, shortcutsOpen } }))
}

let noticeCount = 0

/** Shows a command's result in the status line, e.g. why Lambda refused a change. */
export function addNotice(store: AppStore, kind: Notice['kind'], message: string): void {
  const notice: Notice = { id: ++noticeCount, kind, message }
  store.setState((state) => ({ live: { ...state.live, notices: [...state.live.notices, notice].slice(-MAX_NOTICES) } }))
}

export function editTestForm(store: AppStore, change: Partial<TestForm>): void {
  store.setState((state) => ({ ui: { ...state.ui, test: { ...state.ui.test, ...change } } }))
}
