import type { SimulationBridge } from '../bridge/createSimulationBridge.ts'
import type { AppState, AppStore } from '../store/appStore.ts'

/** What a command acts on. */
export interface AppServices {
  store: AppStore
  bridge: SimulationBridge
}

/** One thing the user can do, read by every control that offers it: toolbar, keyboard, tests (STYLE.md §9). */
export interface Command<Arg = void> {
  /** Stable id for keyboard maps and tests. */
  id: string
  label: string
  /** The key combination shown in the `?` dialog; the keyboard map (../keyboard) binds it. */
  shortcut?: string
  canRun(state: AppState): boolean
  run(app: AppServices, arg: Arg): void | Promise<void>
}
