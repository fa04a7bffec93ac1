import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { AppServicesContext } from './ui/AppServicesContext.ts'
import { createSimulationBridge } from './ui/bridge/createSimulationBridge.ts'
import { loadScenario } from './ui/commands/loadScenario.ts'
import { preloadFirstScreen } from './ui/layout/lazyPanels.ts'
import { DEFAULT_DOCUMENT, DEFAULT_SCENARIO_ID } from './ui/scenarios/bundledScenarios.ts'
import { createAppStore } from './ui/store/appStore.ts'
import { preferredTheme } from './ui/theme/useThemeEffect.ts'
import { WorkspaceContext } from './ui/workspace/WorkspaceContext.ts'
import { keepWorkspaceSaved, startWorkspaces } from './ui/workspace/startWorkspaces.ts'
import { registerServiceWorker } from './offline/registerServiceWorker.ts'
import './ui/theme/theme.css'
import './ui/layout/layout.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// The workspace survives a reload (IndexedDB); a first visit opens the default bundled scenario.
const started = await startWorkspaces({ document: DEFAULT_DOCUMENT, bundledId: DEFAULT_SCENARIO_ID })
const { open, restored } = started
const store = createAppStore({
  document: open.document, bundledId: open.bundledId, theme: restored.theme ?? preferredTheme(),
  savedTestEvents: restored.savedTestEvents, workspace: restored.workspace,
})
preloadFirstScreen(store.getState().ui.activeTab)

// The page owns the worker for its whole life; a hot update replaces both.
const bridge = createSimulationBridge(store)
const services = { store, bridge }
const { services: workspaces, openedLink } = await keepWorkspaceSaved(services, started)
import.meta.hot?.dispose(() => {
  workspaces.persister.stop()
  bridge.dispose()
})
// A share link opened its scenario (and ran it) already.
if (!openedLink) void loadScenario.run(services, { document: open.document, bundledId: open.bundledId })

createRoot(container).render(
  <StrictMode>
    <AppServicesContext value={services}>
      <WorkspaceContext value={workspaces}>
        <App />
      </WorkspaceContext>
    </AppServicesContext>
  </StrictMode>,
)
registerServiceWorker()
