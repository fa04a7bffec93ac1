import { useAppServices } from '../AppServicesContext.ts'
import { showShortcuts } from '../commands/showShortcuts.ts'
import { RunClock } from '../run/RunClock.tsx'
import { RunControls } from '../run/RunControls.tsx'
import { SeedField } from '../run/SeedField.tsx'
import { ScenarioPicker } from '../scenarios/ScenarioPicker.tsx'
import { ThemeToggle } from '../theme/ThemeToggle.tsx'

/** The top bar: which scenario, the run controls, the virtual clock, the seed, theme and shortcuts. */
export function Toolbar() {
  const app = useAppServices()
  return (
    <header className="toolbar">
      <h1 className="brand">Lambda Playground</h1>
      <ScenarioPicker />
      <RunControls />
      <RunClock />
      <SeedField />
      <ThemeToggle />
      <button
        type="button" className="icon-button" data-testid="shortcuts-button" aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)" onClick={() => void showShortcuts.run(app)}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{showShortcuts.label}</span>
      </button>
    </header>
  )
}
