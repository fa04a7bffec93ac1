import { setTheme } from '../store/edits.ts'
import type { Command } from './command.ts'

export const toggleTheme: Command = {
  id: 'ui.toggleTheme',
  label: 'Switch light / dark theme',
  canRun: () => true,
  run: ({ store }) => setTheme(store, store.getState().ui.theme === 'dark' ? 'light' : 'dark'),
}
