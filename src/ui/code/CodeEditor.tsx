/**
 * The Monaco editor for one file at a time, loaded lazily (its chunk holds Monaco). One editor
 * instance lives while the Code tab is open; each file has its own model (by URI), created on first
 * open and kept, so undo history and cursor survive switching tabs; models follow the document when
 * it changes from elsewhere (a reload, a reset).
 */
import { useEffect, useRef } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { runShortcut } from '../keyboard/runShortcut.ts'
import { monaco } from './monacoSetup.ts'
import type { EditorFile } from './codeFiles.ts'
import { editorShortcuts, type EditorKeys } from './editorShortcuts.ts'

export interface CodeEditorProps {
  file: EditorFile
  /** Every file of the function and its layers: all are models, so imports between them resolve. */
  files: readonly EditorFile[]
  theme: 'light' | 'dark'
  onChange(file: EditorFile, text: string): void
  /** Whether a file has edits not yet written to the document: its model is ahead, and must not be reset. */
  hasPendingEdit(fileId: string): boolean
  /** Problems (errors) in the open file, after each check. */
  onProblems(count: number): void
}

/** True while a model takes the document's text: that change is not the user's edit. */
let syncingFromDocument = false

function modelFor(file: EditorFile, pending: boolean): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(file.uri)
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(file.value, file.language, uri)
  // The document changed from elsewhere: the model takes its text (as one undoable edit).
  if (!pending && model.getValue() !== file.value) {
    syncingFromDocument = true
    try {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: file.value }], () => null)
    } finally {
      syncingFromDocument = false
    }
  }
  return model
}

const EDITOR_KEYS: EditorKeys = {
  ctrlCmd: monaco.KeyMod.CtrlCmd,
  shift: monaco.KeyMod.Shift,
  keyCode: (name) => monaco.KeyCode[name as keyof typeof monaco.KeyCode],
}

function errorCount(model: monaco.editor.ITextModel): number {
  return monaco.editor.getModelMarkers({ resource: model.uri }).filter((m) => m.severity === monaco.MarkerSeverity.Error).length
}

export default function CodeEditor({ file, files, theme, onChange, onProblems, hasPendingEdit }: CodeEditorProps) {
  const app = useAppServices()
  const host = useRef<HTMLDivElement>(null)
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  // The handlers change identity on every render; the editor's listeners read the latest.
  const latest = useRef({ file, onChange, onProblems })
  useEffect(() => {
    latest.current = { file, onChange, onProblems }
  })

  useEffect(() => {
    if (!host.current) return undefined
    const created = monaco.editor.create(host.current, {
      automaticLayout: true, minimap: { enabled: false }, fontSize: 13, scrollBeyondLastLine: false, tabSize: 2,
      ariaLabel: 'Code editor',
    })
    editor.current = created
    // Ctrl/Cmd+S and Ctrl/Cmd+Enter typed here run Deploy and Test, as they do anywhere on the page.
    const actions = editorShortcuts(EDITOR_KEYS).map((shortcut) => created.addAction({
      id: shortcut.id, label: shortcut.label, keybindings: [shortcut.keybinding], run: () => runShortcut(app, shortcut.command),
    }))
    const edits = created.onDidChangeModelContent(() => {
      if (syncingFromDocument) return
      const model = created.getModel()
      if (model) latest.current.onChange(latest.current.file, model.getValue())
    })
    const markers = monaco.editor.onDidChangeMarkers((uris) => {
      const model = created.getModel()
      if (model && uris.some((uri) => uri.toString() === model.uri.toString())) latest.current.onProblems(errorCount(model))
    })
    return () => {
      for (const action of actions) action.dispose()
      edits.dispose()
      markers.dispose()
      created.dispose()
      editor.current = null
    }
  }, [app])

  useEffect(() => {
    for (const other of files) modelFor(other, hasPendingEdit(other.id))
  }, [files, hasPendingEdit])

  useEffect(() => {
    const current = editor.current
    if (!current) return
    const model = modelFor(file, hasPendingEdit(file.id))
    if (current.getModel() !== model) {
      current.setModel(model)
      current.updateOptions({ ariaLabel: `Code editor: ${file.label}` })
      onProblems(errorCount(model))
    }
  }, [file, onProblems, hasPendingEdit])

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs')
  }, [theme])

  return <div ref={host} className="code-editor" data-testid="code-editor" />
}
