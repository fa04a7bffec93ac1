import type { AppServices } from '../commands/command.ts'
import type { BINDINGS } from './keymap.ts'

/** A command the keyboard map binds. */
export type BoundCommand = (typeof BINDINGS)[number]['command']

/**
 * What a shortcut does, wherever its keys were caught (the window's listener, the code editor's
 * actions): the command runs if it can run now, and otherwise nothing happens.
 */
export function runShortcut(app: AppServices, command: BoundCommand): void {
  if (command.canRun(app.store.getState())) void command.run(app)
}
