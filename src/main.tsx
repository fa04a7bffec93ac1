import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { AppServicesContext } from './ui/AppServicesContext.ts'
import { createSimulationBridge } from './ui/bridge/createSimulationBridge.ts'
import { loadScenario } from './ui/commands/loadScenario.ts'
import { preloadFirstScreen } from './ui/layout/lazyPanels.ts'
import { BUNDLED_SCENARIOS, DEFAULT_SCENARIO_ID, findBundledScenario } from './ui/scenarios/bundledScenarios.ts'
import { createAppStore } from './ui/store/appStore.ts'
import { persistSession, readSession } from './ui/store/persistence.ts'
import { preferredTheme } from './ui/theme/useThemeEffect.ts'
import './ui/theme/theme.css'
import './ui/layout/layout.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// The edited scenario survives a reload; a first visit opens the default bundled scenario.
const session = readSession(localStorage)
const bundled = findBundledScenario(DEFAULT_SCENARIO_ID) ?? BUNDLED_SCENARIOS[0]
if (!bundled) throw new Error('No bundled scenario to open')
const document_ = session?.document ?? bundled.document
const bundledId = session ? session.bundledId : bundled.id
const store = createAppStore({ document: document_, bundledId, theme: session?.theme ?? preferredTheme(), savedTestEvents: session?.savedTestEvents ?? [] })

// The page owns the worker for its whole life; a hot update replaces both.
const bridge = createSimulationBridge(store)
const stopPersisting = persistSession(store, localStorage, (flush) => addEventListener('pagehide', flush))
import.meta.hot?.dispose(() => {
  stopPersisting()
  bridge.dispose()
})
const services = { store, bridge }
void loadScenario.run(services, { document: document_, bundledId })
preloadFirstScreen(store.getState().ui.activeTab)

createRoot(container).render(
  <StrictMode>
    <AppServicesContext value={services}>
      <App />
    </AppServicesContext>
  </StrictMode>,
)
