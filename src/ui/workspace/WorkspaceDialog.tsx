import { useRef } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { Modal } from './Modal.tsx'
import { ScenarioList } from './ScenarioList.tsx'
import { exportJson, exportSam, importFile } from './transfer.ts'
import { useWorkspaceServices } from './WorkspaceContext.ts'
import { WorkspaceList } from './WorkspaceList.tsx'

const selectWorkspaceName = (state: AppState) => state.scenario.workspace.name

/** The workspace menu: its scenarios, import and export, the other workspaces, and whether the work is saved. */
export default function WorkspaceDialog({ onClose }: { onClose: () => void }) {
  const app = useAppServices()
  const { unavailable } = useWorkspaceServices()
  const name = useAppState(selectWorkspaceName)
  const fileInput = useRef<HTMLInputElement>(null)
  return (
    <Modal title={`Workspace: ${name}`} testId="workspace-dialog" onClose={onClose}>
      <p className={unavailable ? 'notice error' : 'muted'} data-testid="workspace-storage">
        {unavailable ? `Not saved: ${unavailable}. Export what you want to keep.` : 'Saved automatically in this browser, every scenario with its code.'}
      </p>
      <section aria-labelledby="workspace-scenarios-title">
        <h3 id="workspace-scenarios-title">Scenarios</h3>
        <ScenarioList onOpened={onClose} />
        <div className="dialog-actions start">
          <button type="button" onClick={() => fileInput.current?.click()}>Import a file…</button>
          <input
            ref={fileInput} type="file" hidden aria-label="Import a scenario (.json) or a SAM / CloudFormation template (.yaml, .json)"
            accept=".json,.yaml,.yml,.template,application/json,application/yaml" data-testid="workspace-import-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])]
              event.target.value = ''
              onClose()
              void (async () => {
                for (const file of files) await importFile(app, file)
              })()
            }}
          />
          <button type="button" onClick={() => exportJson(app)}>Export JSON</button>
          <button type="button" onClick={() => void exportSam(app)}>Export SAM template</button>
        </div>
        <p className="muted">You can also drop a scenario or a template anywhere on the page.</p>
      </section>
      <section aria-labelledby="workspace-list-title">
        <h3 id="workspace-list-title">Workspaces</h3>
        <WorkspaceList onOpened={onClose} />
      </section>
    </Modal>
  )
}
