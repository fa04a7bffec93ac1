import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { AppServicesContext } from './ui/AppServicesContext.ts'
import { createSimulationBridge } from './ui/bridge/createSimulationBridge.ts'
import { selectScenario } from './ui/commands/selectScenario.ts'
import { DEFAULT_SCENARIO_ID } from './ui/scenarios/bundledScenarios.ts'
import { createAppStore } from './ui/store/appStore.ts'
import './ui/styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const store = createAppStore(DEFAULT_SCENARIO_ID)
// The page owns the worker for its whole life; a hot update replaces both.
const bridge = createSimulationBridge(store)
import.meta.hot?.dispose(() => bridge.dispose())
const services = { store, bridge }
selectScenario.run(services, DEFAULT_SCENARIO_ID)

createRoot(container).render(
  <StrictMode>
    <AppServicesContext value={services}>
      <App />
    </AppServicesContext>
  </StrictMode>,
)
