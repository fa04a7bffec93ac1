import { useAppServices } from '../AppServicesContext.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { openScenario } from '../workspace/openScenario.ts'
import { BUNDLED_SCENARIOS, findBundledScenario } from './bundledScenarios.ts'

/** The edited document keeps its bundled id, so the picker still names where it came from. */
const EDITED = ''
const selectBundledId = (state: AppState) => state.scenario.bundledId ?? EDITED
const selectName = (state: AppState) => state.scenario.document.Name
const selectDescription = (state: AppState) => state.scenario.document.Description ?? ''

/** Opens a bundled scenario next to the workspace's others (its entry, if the user has one) and tells what the open one is about. */
export function ScenarioPicker() {
  const app = useAppServices()
  const bundledId = useAppState(selectBundledId)
  const name = useAppState(selectName)
  const description = useAppState(selectDescription)
  return (
    <div className="scenario">
      <label className="field">
        <span className="visually-hidden">Scenario</span>
        <select
          data-testid="scenario-picker"
          value={bundledId}
          onChange={(event) => {
            const bundled = findBundledScenario(event.target.value)
            if (bundled) void openScenario.run(app, { document: bundled.document, bundledId: bundled.id })
          }}
        >
          {bundledId === EDITED && <option value={EDITED}>{name}</option>}
          {BUNDLED_SCENARIOS.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>{scenario.name}</option>
          ))}
        </select>
      </label>
      {description && (
        <details className="about">
          <summary>About</summary>
          <div className="about-body" data-testid="scenario-description">
            <strong data-testid="scenario-name">{name}</strong>
            <p>{description}</p>
          </div>
        </details>
      )}
    </div>
  )
}
