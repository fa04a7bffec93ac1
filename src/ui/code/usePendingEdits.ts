import { useCallback, useEffect, useMemo, useRef } from 'react'
import { editDocument } from '../store/edits.ts'
import type { AppStore } from '../store/appStore.ts'
import { withFileText, type EditorFile } from './codeFiles.ts'

/** Typing writes the document at most this often: every panel that reads the document re-renders on a write. */
export const EDIT_DELAY_MS = 300

export interface PendingEdits {
  record(file: EditorFile, text: string): void
  /** Writes every pending edit to the document now (before a deploy, when the editor closes). */
  flush(): void
  hasPendingEdit(fileId: string): boolean
}

/** The editor's edits, buffered briefly and written to the document in one change. */
export function usePendingEdits(store: AppStore): PendingEdits {
  const pending = useRef(new Map<string, { file: EditorFile; text: string }>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current)
    timer.current = null
    if (pending.current.size === 0) return
    const edits = [...pending.current.values()]
    pending.current.clear()
    editDocument(store, (document) => edits.reduce((doc, { file, text }) => withFileText(doc, file.owner, file.path, text), document))
  }, [store])

  const record = useCallback((file: EditorFile, text: string) => {
    pending.current.set(file.id, { file, text })
    if (timer.current === null) timer.current = setTimeout(flush, EDIT_DELAY_MS)
  }, [flush])

  const hasPendingEdit = useCallback((fileId: string) => pending.current.has(fileId), [])

  useEffect(() => flush, [flush])

  return useMemo(() => ({ record, flush, hasPendingEdit }), [record, flush, hasPendingEdit])
}
