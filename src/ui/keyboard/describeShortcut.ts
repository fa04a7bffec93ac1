const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Shows a binding as the user presses it: Cmd on macOS, Ctrl elsewhere. */
export function describeShortcut(shortcut: string): string {
  return isMac ? shortcut.replace('Ctrl+', '⌘ ') : shortcut
}
