import { RunClock } from './run/RunClock.tsx'
import { RunControls } from './run/RunControls.tsx'
import { RunStatus } from './run/RunStatus.tsx'
import { ScenarioOverview } from './scenarios/ScenarioOverview.tsx'
import { ScenarioPicker } from './scenarios/ScenarioPicker.tsx'
import { SummaryTable } from './summary/SummaryTable.tsx'

export function App() {
  return (
    <main className="app">
      <header>
        <h1>Lambda Playground</h1>
        <p className="tagline">A deterministic simulator of AWS Lambda: the same scenario and seed always give the same run.</p>
      </header>
      <ScenarioPicker />
      <ScenarioOverview />
      <RunControls />
      <RunStatus />
      <RunClock />
      <SummaryTable />
    </main>
  )
}
