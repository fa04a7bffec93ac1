import { setShortcutsOpen } from '../store/edits.ts'
import type { Command } from './command.ts'

export const showShortcuts: Command = {
  id: 'ui.showShortcuts',
  label: 'Keyboard shortcuts',
  shortcut: '?',
  canRun: () => true,
  run: ({ store }) => setShortcutsOpen(store, true),
}
