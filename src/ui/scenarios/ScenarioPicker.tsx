import { useAppServices } from '../AppServicesContext.ts'
import { selectScenario } from '../commands/selectScenario.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { BUNDLED_SCENARIOS } from './bundledScenarios.ts'

const selectSelectedId = (state: AppState) => state.scenario.selectedId

export function ScenarioPicker() {
  const app = useAppServices()
  const selectedId = useAppState(selectSelectedId)
  return (
    <label className="field">
      <span>{selectScenario.label}</span>
      <select data-testid="scenario-picker" value={selectedId} onChange={(event) => selectScenario.run(app, event.target.value)}>
        {BUNDLED_SCENARIOS.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>{scenario.name}</option>
        ))}
      </select>
    </label>
  )
}
