import type { Command } from '../../commands/command.ts'
import type { AppStore } from '../../store/appStore.ts'

export function setPresenting(store: AppStore, presenting: boolean): void {
  store.setState((state) => ({ ui: { ...state.ui, presenting } }))
}

/** Presenter mode on or off: large type for a projector, and the scenario's scripted steps. */
export const togglePresenter: Command = {
  id: 'ui.togglePresenter',
  label: 'Presenter mode',
  shortcut: 'Ctrl+Shift+F',
  canRun: () => true,
  run: ({ store }) => setPresenting(store, !store.getState().ui.presenting),
}
