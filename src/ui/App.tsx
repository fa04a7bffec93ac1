import { ShortcutsDialog } from './keyboard/ShortcutsDialog.tsx'
import { useKeyboardShortcuts } from './keyboard/useKeyboardShortcuts.ts'
import { PanelBoundary } from './layout/PanelBoundary.tsx'
import { PanelTabs } from './layout/PanelTabs.tsx'
import { ProblemsBanner } from './layout/ProblemsBanner.tsx'
import { StatusLine } from './layout/StatusLine.tsx'
import { Toolbar } from './layout/Toolbar.tsx'
import { GraphPanel, InspectorPanel } from './layout/lazyPanels.ts'
import { useRunEndChecks } from './learn/challenges/useRunEndChecks.ts'
import { Presenter } from './learn/presenter/Presenter.tsx'
import { useThemeEffect } from './theme/useThemeEffect.ts'

/**
 * The page: toolbar on top, the graph in the centre with the inspector at its right (in presenter
 * mode the step card sits above it), the panels (Code, Test, Monitor, Environments, Logs, Learn)
 * below, and the status line at the bottom.
 */
export function App() {
  useKeyboardShortcuts()
  useThemeEffect()
  useRunEndChecks()
  return (
    <div className="shell">
      <Toolbar />
      <main className="workspace">
        <section className="graph-area" aria-label="Graph">
          <ProblemsBanner />
          <PanelBoundary name="Graph">
            <GraphPanel />
          </PanelBoundary>
        </section>
        <aside className="inspector-area" aria-label="Inspector">
          <Presenter />
          <PanelBoundary name="Inspector">
            <InspectorPanel />
          </PanelBoundary>
        </aside>
        <PanelTabs />
      </main>
      <StatusLine />
      <ShortcutsDialog />
    </div>
  )
}
