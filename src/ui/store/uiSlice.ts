import type { TabConflict } from '../workspace/conflictCopy.ts'
import type { TransferReport } from '../workspace/transferReport.ts'

/** The tabs of the bottom panel; each is a lazy-loaded `<Feature>Panel`. */
export const PANEL_TABS = ['code', 'test', 'monitor', 'environments', 'logs', 'learn'] as const
export type PanelTab = (typeof PANEL_TABS)[number]

export type Theme = 'light' | 'dark'

/** The function (and qualifier) the panels show: Code, Test, Monitor, Environments and Logs follow it. */
export interface FocusedFunction {
  functionName: string
  /** `$LATEST`, a version number or an alias name. */
  qualifier: string
}

/** A test event saved under a name, like the console's saved test events. */
export interface SavedTestEvent {
  name: string
  /** The event as JSON text, exactly as the user wrote it. */
  payloadText: string
}

/** The Test tab's form: what Ctrl/Cmd+Enter invokes from anywhere. */
export interface TestForm {
  invocationType: 'RequestResponse' | 'Event'
  /** The name of the saved event being edited, or of the template it started from. */
  eventName: string
  payloadText: string
  saved: readonly SavedTestEvent[]
}

/** How the user is looking at the scenario; never sent to the worker. */
export interface UiSlice {
  /** The graph node selected (the graph's own ids); the inspector shows it. */
  selectedNodeId: string | null
  /**
   * Set by the graph when a function, version or alias node is selected; `null` means the
   * document's first function (see `selectFocusedFunction`).
   */
  focusedFunction: FocusedFunction | null
  activeTab: PanelTab
  theme: Theme
  /** The keyboard shortcuts dialog (`?`). */
  shortcutsOpen: boolean
  /** Presenter mode: large type and the scenario's scripted steps (src/ui/learn/presenter). */
  presenting: boolean
  test: TestForm
  /** What the last import, share link or SAM export did, shown in a dialog until closed (src/ui/workspace). */
  transferReport: TransferReport | null
  /** Scenarios this tab and another edited at once (both versions kept), each shown until dismissed (src/ui/workspace). */
  tabConflicts: readonly TabConflict[]
}

export const INITIAL_TEST_FORM: TestForm = { invocationType: 'RequestResponse', eventName: 'test-event', payloadText: '{\n  "key1": "value1"\n}', saved: [] }

export function initialUi(theme: Theme, test: TestForm = INITIAL_TEST_FORM): UiSlice {
  return { selectedNodeId: null, focusedFunction: null, activeTab: 'monitor', theme, shortcutsOpen: false, presenting: false, test, transferReport: null, tabConflicts: [] }
}
