/**
 * Which key runs which command: the four (Space, Ctrl/Cmd+S, Ctrl/Cmd+Enter, `?`), presenter
 * mode (Ctrl/Cmd+Shift+F; its arrow keys and Esc live with its card, src/ui/learn/presenter) and no
 * other single-character keys, which a speech-input user could trigger by accident (WCAG 2.1.4).
 * Pure, so it is tested without a browser: `commandForKey` reads a key event's fields and where
 * focus is, and answers with a command or nothing.
 */
import type { Command } from '../commands/command.ts'
import { deploy } from '../commands/deploy.ts'
import { invoke } from '../commands/invoke.ts'
import { togglePresenter } from '../learn/presenter/togglePresenter.ts'
import { showShortcuts } from '../commands/showShortcuts.ts'
import { togglePlay } from '../commands/togglePlay.ts'

/** The fields of a KeyboardEvent the map reads. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey?: boolean
}

/** Where focus is: typing in a field must not play the run or open dialogs. */
export type FocusContext = 'text' | 'control' | 'other'

interface Binding {
  command: Command<void> | Command<string | void>
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod: boolean
  /** Shift must be held too; when absent, Shift does not matter (`?` is Shift+/ on most layouts). */
  shift?: true
  key: string
  /** Also while typing in a field or the code editor (Ctrl/Cmd shortcuts are never typed text). */
  inText: boolean
  /** Also while a button or select has focus (Space would press the button instead). */
  onControls: boolean
}

export const BINDINGS: readonly Binding[] = [
  { command: togglePlay, mod: false, key: ' ', inText: false, onControls: false },
  { command: deploy, mod: true, key: 's', inText: true, onControls: true },
  { command: invoke, mod: true, key: 'Enter', inText: true, onControls: true },
  { command: showShortcuts, mod: false, key: '?', inText: false, onControls: true },
  { command: togglePresenter, mod: true, shift: true, key: 'f', inText: true, onControls: true },
]

export function commandForKey(press: KeyPress, focus: FocusContext): Binding['command'] | null {
  if (press.altKey) return null
  const mod = press.ctrlKey || press.metaKey
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  const binding = BINDINGS.find((b) => b.mod === mod && b.key === key && (b.shift === undefined || press.shiftKey === true))
  if (!binding) return null
  if (focus === 'text' && !binding.inText) return null
  if (focus === 'control' && !binding.onControls) return null
  return binding.command
}
