import { useRef, useState } from 'react'
import { useAppServices } from '../AppServicesContext.ts'
import { addNotice } from '../store/edits.ts'
import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'
import { describeError } from '../workspace/describeError.ts'
import { openScenario } from '../workspace/openScenario.ts'
import { BUNDLED_SCENARIOS, loadBundledScenario } from './bundledScenarios.ts'

/** The edited document keeps its bundled id, so the picker still names where it came from. */
const EDITED = ''
const selectBundledId = (state: AppState) => state.scenario.bundledId ?? EDITED
const selectName = (state: AppState) => state.scenario.document.Name
const selectDescription = (state: AppState) => state.scenario.document.Description ?? ''

/**
 * Opens a bundled scenario next to the workspace's others (its entry, if the user has one) and tells
 * what the open one is about. A scenario's document is fetched when chosen: the picker shows the
 * choice as loading meanwhile, and if it cannot be fetched, says so and leaves the open one as it was.
 */
export function ScenarioPicker() {
  const app = useAppServices()
  const bundledId = useAppState(selectBundledId)
  const name = useAppState(selectName)
  const description = useAppState(selectDescription)
  const [loadingId, setLoadingId] = useState<string | null>(null)
  // The last choice wins when an earlier one is still loading.
  const latestChoice = useRef(0)

  async function choose(id: string) {
    const choice = ++latestChoice.current
    setLoadingId(id)
    try {
      const document = await loadBundledScenario(id)
      if (choice === latestChoice.current) await openScenario.run(app, { document, bundledId: id })
    } catch (error) {
      if (choice === latestChoice.current) addNotice(app.store, 'error', describeError(error))
    } finally {
      if (choice === latestChoice.current) setLoadingId(null)
    }
  }

  return (
    <div className="scenario">
      <label className="field">
        <span className="visually-hidden">Scenario</span>
        <select
          data-testid="scenario-picker"
          value={loadingId ?? bundledId}
          aria-busy={loadingId !== null}
          onChange={(event) => void choose(event.target.value)}
        >
          {bundledId === EDITED && <option value={EDITED}>{name}</option>}
          {BUNDLED_SCENARIOS.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>{scenario.name}</option>
          ))}
        </select>
      </label>
      {loadingId !== null && <span className="muted" data-testid="scenario-loading">Loading…</span>}
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
