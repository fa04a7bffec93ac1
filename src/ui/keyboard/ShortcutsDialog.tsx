import { useEffect, useRef } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { setShortcutsOpen } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { describeShortcut } from './describeShortcut.ts'
import { BINDINGS } from './keymap.ts'

const selectOpen = (state: AppState) => state.ui.shortcutsOpen

/** The `?` dialog: every keyboard shortcut, read from the keymap so it never drifts from it. */
export function ShortcutsDialog() {
  const { store } = useAppServices()
  const open = useAppState(selectOpen)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={() => setShortcutsOpen(store, false)}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {BINDINGS.map(({ command }) => (
            <tr key={command.id}>
              <th scope="row"><kbd>{describeShortcut(command.shortcut ?? '')}</kbd></th>
              <td>{command.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>Close</button>
      </form>
    </dialog>
  )
}
