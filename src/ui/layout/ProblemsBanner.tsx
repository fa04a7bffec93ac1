import type { AppState } from '../store/appStore.ts'
import { useAppState } from '../store/useAppState.ts'

const selectProblems = (state: AppState) => (state.scenario.status === 'failed' ? state.scenario.problems : null)

/** Why the worker refused the document, each problem naming its field, until an edit fixes it. */
export function ProblemsBanner() {
  const problems = useAppState(selectProblems)
  if (!problems) return null
  return (
    <section className="problems" role="alert" data-testid="scenario-problems" aria-labelledby="scenario-problems-title">
      <h2 id="scenario-problems-title">This scenario cannot run</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path} ${problem.rule}`}>
            <code>{problem.path}</code>: {problem.message} <span className="muted">({problem.rule})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
