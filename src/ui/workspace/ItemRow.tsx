import { useState, type FormEvent } from 'react'

interface ItemRowProps {
  name: string
  /** "2 scenarios", "made by a newer version"... */
  detail?: string
  /** The open one: marked, and not offered to open again. */
  current: boolean
  /** Each action is absent where it does not apply: a workspace a newer build wrote can only be deleted, a workspace's last scenario cannot be. */
  onOpen?: () => void
  onRename?: (name: string) => void
  onDuplicate?: () => void
  onDelete?: () => void
  testId: string
}

/** One scenario or workspace in the workspace dialog: open, rename (in place), duplicate, delete (after a confirmation). */
export function ItemRow({ name, detail, current, onOpen, onRename, onDuplicate, onDelete, testId }: ItemRowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view')
  const [draft, setDraft] = useState(name)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = draft.trim()
    if (trimmed !== '') onRename?.(trimmed)
    setMode('view')
  }
  return (
    <li className="item-row" data-testid={testId} aria-current={current ? 'true' : undefined}>
      {mode === 'rename' ? (
        <form className="item-row-main" onSubmit={submit}>
          <input aria-label={`New name for ${name}`} value={draft} autoFocus onChange={(event) => setDraft(event.target.value)} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setMode('view')}>Cancel</button>
        </form>
      ) : (
        <span className="item-row-main">
          <span className="item-name">{name}</span>
          {current && <span className="muted"> (open)</span>}
          {detail && <span className="muted"> · {detail}</span>}
        </span>
      )}
      {mode === 'confirm-delete' && onDelete ? (
        <span className="item-row-actions" role="group" aria-label={`Delete ${name}?`}>
          <span>Delete for good?</span>
          <button type="button" className="danger" onClick={() => { setMode('view'); onDelete() }} aria-label={`Yes, delete ${name}`}>Delete</button>
          <button type="button" onClick={() => setMode('view')} aria-label={`Keep ${name}`} autoFocus>Keep</button>
        </span>
      ) : mode === 'view' && (
        <span className="item-row-actions">
          {!current && onOpen && <button type="button" onClick={onOpen} aria-label={`Open ${name}`}>Open</button>}
          {onRename && <button type="button" onClick={() => { setDraft(name); setMode('rename') }} aria-label={`Rename ${name}`}>Rename</button>}
          {onDuplicate && <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${name}`}>Duplicate</button>}
          <button type="button" onClick={() => setMode('confirm-delete')} disabled={!onDelete} aria-label={`Delete ${name}`}>Delete</button>
        </span>
      )}
    </li>
  )
}
