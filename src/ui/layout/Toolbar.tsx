import { useAppServices } from '../AppServicesContext.ts'
import { showShortcuts } from '../commands/showShortcuts.ts'
import { EmbedCodeButton } from '../embedCode/EmbedCodeButton.tsx'
import { PresenterToggle } from '../learn/presenter/PresenterToggle.tsx'
import { RunClock } from '../run/RunClock.tsx'
import { RunControls } from '../run/RunControls.tsx'
import { SeedField } from '../run/SeedField.tsx'
import { ScenarioPicker } from '../scenarios/ScenarioPicker.tsx'
import { ThemeToggle } from '../theme/ThemeToggle.tsx'
import { WorkspaceControls } from '../workspace/WorkspaceControls.tsx'

/** The top bar: which scenario, the workspace and sharing, the run controls, the virtual clock, the seed, theme and shortcuts. */
export function Toolbar() {
  const app = useAppServices()
  return (
    <header className="toolbar">
      <h1 className="brand" title="Lambda Playground"><span className="brand-mark" aria-hidden="true">λ</span><span className="brand-name">Lambda Playground</span></h1>
      <ScenarioPicker />
      <WorkspaceControls />
      <EmbedCodeButton />
      <RunControls />
      <RunClock />
      <SeedField />
      <ThemeToggle />
      <PresenterToggle />
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
