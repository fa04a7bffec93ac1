import { lazy, Suspense, useCallback, useState } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { ConflictAlerts } from './ConflictAlerts.tsx'
import { importFile } from './transfer.ts'
import { useFileDrop } from './useFileDrop.ts'
import './workspace.css'

// Loaded when first opened: the first screen does not wait for them.
const WorkspaceDialog = lazy(() => import('./WorkspaceDialog.tsx'))
const ShareDialog = lazy(() => import('./ShareDialog.tsx'))
const TransferReportDialog = lazy(() => import('./TransferReportDialog.tsx'))

const selectReport = (state: AppState) => state.ui.transferReport
const selectWorkspaceName = (state: AppState) => state.scenario.workspace.name

/** The toolbar's Workspace and Share buttons, their dialogs, the page-wide drop target for imports, and what other tabs' saves did. */
export function WorkspaceControls() {
  const app = useAppServices()
  const report = useAppState(selectReport)
  const workspaceName = useAppState(selectWorkspaceName)
  const [open, setOpen] = useState<'workspace' | 'share' | null>(null)
  const close = useCallback(() => setOpen(null), [])
  const dragging = useFileDrop(useCallback((files: File[]) => {
    void (async () => {
      for (const file of files) await importFile(app, file)
    })()
  }, [app]))
  return (
    <div className="workspace-controls">
      <button type="button" data-testid="workspace-button" aria-haspopup="dialog" title={`Workspace "${workspaceName}": scenarios, import, export`} onClick={() => setOpen('workspace')}>
        Workspace
      </button>
      <button type="button" data-testid="share-button" aria-haspopup="dialog" title="Copy a link that carries this scenario" onClick={() => setOpen('share')}>
        Share
      </button>
      <Suspense fallback={null}>
        {open === 'workspace' && <WorkspaceDialog onClose={close} />}
        {open === 'share' && <ShareDialog onClose={close} />}
        {report && <TransferReportDialog report={report} />}
      </Suspense>
      <ConflictAlerts />
      {dragging && <div className="drop-target" aria-hidden="true">Drop a scenario (.json) or a SAM template (.yaml) to add it to your workspace</div>}
    </div>
  )
}
