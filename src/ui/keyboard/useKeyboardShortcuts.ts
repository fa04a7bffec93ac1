import { useEffect } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { commandForKey, type FocusContext } from './keymap.ts'
import { runShortcut } from './runShortcut.ts'

/** Fields where keys are typed text; Monaco's input is a textarea, so the code editor counts too. */
function focusContext(target: EventTarget | null): FocusContext {
  if (!(target instanceof HTMLElement)) return 'other'
  if (target.isContentEditable || target.closest('input, textarea, [role="textbox"]')) return 'text'
  if (target.closest('button, select, a[href], [role="tab"], [role="button"], summary')) return 'control'
  return 'other'
}

/** Binds the keymap (./keymap.ts) on the window for the page's life. */
export function useKeyboardShortcuts(): void {
  const app = useAppServices()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const command = commandForKey(event, focusContext(event.target))
      if (!command) return
      // The browser's own Ctrl/Cmd+S (save page) must not open even when the command cannot run now.
      event.preventDefault()
      runShortcut(app, command)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [app])
}
