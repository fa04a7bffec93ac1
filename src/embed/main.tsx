/**
 * The embedded player's entry (embed.html): reads its address, shows the scenario it names, and
 * answers its host page through the postMessage API (./connectHost.ts). Nothing here simulates:
 * the first Play starts the same worker the playground uses, through the same bridge.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SCENARIO_FORMAT, type Scenario } from '../engine/scenario/types.ts'
import { AppServicesContext } from '../ui/AppServicesContext.ts'
import { createSimulationBridge } from '../ui/bridge/createSimulationBridge.ts'
import { createAppStore } from '../ui/store/appStore.ts'
import { preferredTheme } from '../ui/theme/useThemeEffect.ts'
import '../ui/theme/theme.css'
import '../ui/layout/layout.css'
import { connectHost } from './connectHost.ts'
import { createDeferredBridge } from './createDeferredBridge.ts'
import { createEmbedPlayer } from './createEmbedPlayer.ts'
import { EmbedContext } from './EmbedContext.ts'
import { readEmbedParams } from './embedParams.ts'
import { EmbedPlayer, preloadGraph } from './EmbedPlayer.tsx'
import { createEmbedStore } from './embedState.ts'
import { addressedScenario } from './resolveScenario.ts'

const container = document.getElementById('root')
if (!container) throw new Error('embed.html has no #root element')

const params = readEmbedParams(new URL(location.href))
// Held until the address's scenario is resolved; never shown or run.
const placeholder: Scenario = { Format: SCENARIO_FORMAT, Name: '', Functions: [] }
const store = createAppStore({ document: placeholder, bundledId: null, theme: params.theme ?? preferredTheme() })
const embed = createEmbedStore()
const bridge = createDeferredBridge(() => createSimulationBridge(store))
const player = createEmbedPlayer({ store, bridge, embed })
// Opened on its own (not in an iframe), the player has no host to talk to.
if (params.origin.ok && window.parent !== window) {
  connectHost({ window, store, embed, player, origin: params.origin.value, now: () => performance.now() })
}
preloadGraph()
void addressedScenario(params).then((resolved) => {
  player.show(resolved)
  if (params.autoplay && resolved?.ok) void player.play()
})

createRoot(container).render(
  <StrictMode>
    <AppServicesContext value={{ store, bridge }}>
      <EmbedContext value={{ player, embed }}>
        <EmbedPlayer editor={params.editor} />
      </EmbedContext>
    </AppServicesContext>
  </StrictMode>,
)
