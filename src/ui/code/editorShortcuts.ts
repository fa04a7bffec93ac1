/**
 * The keyboard map's Ctrl/Cmd shortcuts inside the code editor. Monaco handles the keys typed in it
 * before the page sees them (Ctrl/Cmd+Enter is its "insert line below"), so each binding that also
 * works while typing becomes an editor action with the same keys and the same command: the window's
 * listener and the editor both end in `runShortcut`. Pure, so it is tested without Monaco.
 */
import { BINDINGS } from '../keyboard/keymap.ts'
import type { BoundCommand } from '../keyboard/runShortcut.ts'

/** Monaco's key numbers (`monaco.KeyMod`, `monaco.KeyCode`), passed in: Monaco loads only with the editor. */
export interface EditorKeys {
  ctrlCmd: number
  shift: number
  /** The KeyCode named `Enter`, `KeyS`, ...; undefined when Monaco has none by that name. */
  keyCode(name: string): number | undefined
}

export interface EditorShortcut {
  /** The editor action's id; its label is the command's. */
  id: string
  label: string
  /** Modifiers and key code combined, as `addAction`'s `keybindings` take them. */
  keybinding: number
  command: BoundCommand
}

/** Monaco's name for a key of the keymap: letters are `KeyA` to `KeyZ`, named keys keep their name. */
const keyCodeName = (key: string) => (/^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : key)

export function editorShortcuts(keys: EditorKeys): EditorShortcut[] {
  return BINDINGS.flatMap((binding) => {
    const code = keys.keyCode(keyCodeName(binding.key))
    if (!binding.mod || !binding.inText || code === undefined) return []
    const keybinding = keys.ctrlCmd | (binding.shift ? keys.shift : 0) | code
    return [{ id: `lambda-playground.${binding.command.id}`, label: binding.command.label, keybinding, command: binding.command }]
  })
}
