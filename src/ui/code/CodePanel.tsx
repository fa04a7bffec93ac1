import { lazy, Suspense, useCallback, useMemo, useState, type KeyboardEvent } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { deploy } from '../commands/deploy.ts'
import { publish } from '../commands/publish.ts'
import { editDocument } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { selectFocusedFunction, selectTheme } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'
import { editorFiles, withStarterHandler, type EditorFile } from './codeFiles.ts'
import { FileTabs } from './FileTabs.tsx'
import { usePendingEdits } from './usePendingEdits.ts'
import '../views/views.css'
import './code.css'

// Monaco is the heaviest part of the app: it loads only when this tab first shows a file.
const CodeEditor = lazy(() => import('./CodeEditor.tsx'))

const selectDocuments = (state: AppState) => state.scenario

/** Code: the focused function's files and its layers' in Monaco; Deploy updates `$LATEST`, Publish snapshots it as a version. */
export default function CodePanel() {
  const app = useAppServices()
  const focused = useAppState(selectFocusedFunction)
  const theme = useAppState(selectTheme)
  const { document, runDocument } = useAppState(selectDocuments)
  const canDeploy = useAppState(deploy.canRun)
  const canPublish = useAppState(publish.canRun)
  const edits = usePendingEdits(app.store)
  const functionName = focused?.functionName ?? null
  const files = useMemo(() => (functionName === null ? [] : editorFiles(document, runDocument, functionName)), [document, runDocument, functionName])
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({})
  const [problems, setProblems] = useState(0)
  const file = files.find((f) => f.id === (functionName === null ? undefined : chosen[functionName])) ?? files[0]
  const undeployed = files.some((f) => f.owner.kind === 'function' && f.value !== f.deployedValue)

  const onProblems = useCallback((count: number) => setProblems(count), [])
  const onChange = edits.record
  const choose = (next: EditorFile) => {
    if (functionName !== null) setChosen((before) => ({ ...before, [functionName]: next.id }))
  }
  const onDeploy = () => {
    edits.flush()
    void deploy.run(app, functionName ?? undefined)
  }
  // Ctrl/Cmd+S is the keyboard map's Deploy; typed text still waiting must reach the document first.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') edits.flush()
  }

  if (functionName === null) return <p className="panel-message">The scenario has no functions.</p>
  return (
    <div className="code" onKeyDownCapture={onKeyDownCapture}>
      <div className="view-toolbar">
        <h2 className="view-title">Code: {functionName}</h2>
        <button type="button" onClick={onDeploy} disabled={!canDeploy || files.length === 0} aria-keyshortcuts="Control+S Meta+S" title="Deploy to $LATEST (Ctrl+S)">
          Deploy
        </button>
        <button type="button" onClick={() => void publish.run(app, functionName)} disabled={!canPublish || files.length === 0}>
          {publish.label}
        </button>
        <p className="view-stat" role="status">
          {files.length === 0 ? '' : undeployed ? 'Changes not deployed' : '$LATEST is up to date'}
          {file && file.language !== 'plaintext' ? ` · ${problems} ${problems === 1 ? 'problem' : 'problems'}` : ''}
        </p>
      </div>
      {files.length === 0 ? (
        <div className="panel-message">
          <p>{functionName} has no code: it runs from its Simulation model (durations, errors, memory drawn at random).</p>
          <button type="button" onClick={() => editDocument(app.store, (doc) => withStarterHandler(doc, functionName))}>Add a handler</button>
        </div>
      ) : file && (
        <>
          <FileTabs files={files} selected={file} onSelect={choose} />
          <div className="code-file" role="tabpanel" id="code-tabpanel" aria-labelledby={`code-tab-${file.id}`}>
            {file.owner.kind === 'layer' && (
              <p className="view-note">Layer versions are immutable in Lambda: edits to {file.owner.layerName}:{file.owner.version} take effect when the run is reset.</p>
            )}
            <Suspense fallback={<p className="panel-message">Loading the editor…</p>}>
              <CodeEditor file={file} files={files} theme={theme} onChange={onChange} onProblems={onProblems} hasPendingEdit={edits.hasPendingEdit} />
            </Suspense>
          </div>
        </>
      )}
    </div>
  )
}
