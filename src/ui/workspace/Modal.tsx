import { useEffect, useId, useRef, type ReactNode } from 'react'

interface ModalProps {
  title: ReactNode
  /** Escape, the Close button, or the owner unmounting it. */
  onClose: () => void
  testId: string
  children: ReactNode
}

/**
 * A modal `<dialog>` opened as it mounts: the browser traps focus in it, Escape closes it, and
 * focus returns to where it was. Its heading names it.
 */
export function Modal({ title, onClose, testId, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog ref={dialog} className="dialog workspace-dialog" aria-labelledby={titleId} data-testid={testId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </dialog>
  )
}
