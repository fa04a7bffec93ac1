/**
 * The keys of presenter mode: → / Page Down (a clicker's "next") go forward, ← / Page Up back, Esc
 * leaves. Never while typing or with a dialog open (Esc closes the dialog first); the arrows also
 * not on a control that moves with them (tabs, radio buttons, the graph's selected nodes).
 */
export type PresenterKey = 'next' | 'previous' | 'leave'

const KEYS: Readonly<Record<string, PresenterKey>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Escape: 'leave',
}

/** Where every key is typed text or drives the field (Esc closes Monaco's suggestions, a select's list). */
const TEXT_FIELDS = 'input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"]'

/** Widgets that move with the arrow keys themselves: tabs, radio buttons, the graph's selected nodes. */
const ARROW_WIDGETS = '[role="tab"], [role="radio"], [role="slider"], [role="listbox"], [role="menu"], [role="grid"], .react-flow'

export interface PresenterKeyEvent {
  key: string
  target: EventTarget | null
  defaultPrevented: boolean
  isComposing: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

export function presenterKeyFor(event: PresenterKeyEvent): PresenterKey | null {
  const key = KEYS[event.key]
  if (key === undefined || event.defaultPrevented || event.isComposing) return null
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest(TEXT_FIELDS) || (target instanceof HTMLElement && target.isContentEditable)) return null
  if (event.key.startsWith('Arrow') && target?.closest(ARROW_WIDGETS)) return null
  if (typeof document !== 'undefined' && document.querySelector('dialog[open]')) return null
  return key
}
