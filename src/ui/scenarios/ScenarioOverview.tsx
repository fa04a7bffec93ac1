import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'

const selectScenarioSlice = (state: AppState) => state.scenario

/** The loaded scenario's name and description, or why it could not be loaded. */
export function ScenarioOverview() {
  const scenario = useAppState(selectScenarioSlice)
  if (scenario.status === 'failed') {
    return (
      <section className="problems" role="alert" data-testid="scenario-problems" aria-labelledby="scenario-problems-title">
        <h2 id="scenario-problems-title">This scenario cannot run</h2>
        <ul>
          {scenario.problems.map((problem) => (
            <li key={`${problem.path} ${problem.rule}`}>
              <code>{problem.path}</code>: {problem.message} <span className="rule">({problem.rule})</span>
            </li>
          ))}
        </ul>
      </section>
    )
  }
  if (scenario.status !== 'loaded') return null
  return (
    <section aria-labelledby="scenario-name">
      <h2 id="scenario-name" data-testid="scenario-name">{scenario.name}</h2>
      {scenario.description && <p className="description" data-testid="scenario-description">{scenario.description}</p>}
    </section>
  )
}
