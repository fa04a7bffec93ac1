/**
 * The compact player: the scenario's name, run controls and virtual clock, the graph, and the
 * charts (or, with `editor=1`, a Code tab beside them). React Flow loads after the first paint;
 * the worker, Recharts and Monaco only when the run starts or the Code tab opens.
 */
import { lazy, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { PanelBoundary } from '../ui/layout/PanelBoundary.tsx'
import { ProblemsBanner } from '../ui/layout/ProblemsBanner.tsx'
import type { AppState } from '../ui/store/appStore.ts'
import { useAppState } from '../ui/store/useAppState.ts'
import { useThemeEffect } from '../ui/theme/useThemeEffect.ts'
import { EmbedControls, STATUS_TEXT } from './EmbedControls.tsx'
import { useEmbedState } from './EmbedContext.ts'
import { EmbedProblemView } from './EmbedProblemView.tsx'
import type { EmbedState } from './embedState.ts'
import { usePlayerStatus } from './usePlayerStatus.ts'
import './embed.css'

const loadGraph = () => import('./EmbedGraph.tsx')
const EmbedGraph = lazy(loadGraph)
const EmbedCharts = lazy(() => import('./EmbedCharts.tsx'))
const CodePanel = lazy(() => import('../ui/code/CodePanel.tsx'))

/** Starts fetching React Flow while the scenario is still being resolved. */
export function preloadGraph(): void {
  loadGraph().catch(() => undefined)
}

const selectView = (state: EmbedState) => ({ phase: state.phase, problem: state.problem, started: state.started, loads: state.loads })
const selectName = (state: AppState) => state.scenario.document.Name
const selectFatal = (state: AppState) => state.live.fatal

type BottomTab = 'charts' | 'code'
const TABS: readonly { id: BottomTab; label: string }[] = [{ id: 'charts', label: 'Charts' }, { id: 'code', label: 'Code' }]

function Charts({ started }: { started: boolean }) {
  if (!started) return <p className="panel-message">Press Play: the run’s invocations, throttles, concurrency and duration are charted here.</p>
  return (
    <PanelBoundary name="Charts">
      <EmbedCharts />
    </PanelBoundary>
  )
}

/** The charts, or with the editor a Charts | Code tab strip; the Code tab mounts (and loads Monaco) when first chosen. */
function BottomPanel({ editor, started }: { editor: boolean; started: boolean }) {
  const [tab, setTab] = useState<BottomTab>('charts')
  if (!editor) {
    return <section className="embed-panel" aria-label="Charts"><Charts started={started} /></section>
  }
  return (
    <section className="embed-panel panels" aria-label="Panels">
      <div className="tab-strip" role="tablist" aria-label="Panels">
        {TABS.map(({ id, label }) => (
          <button
            key={id} type="button" role="tab" id={`embed-tab-${id}`} aria-selected={tab === id} aria-controls={`embed-tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') setTab(id === 'charts' ? 'code' : 'charts')
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`embed-tabpanel-${tab}`} aria-labelledby={`embed-tab-${tab}`}>
        {tab === 'charts' ? <Charts started={started} /> : <PanelBoundary name="Code"><CodePanel /></PanelBoundary>}
      </div>
    </section>
  )
}

export function EmbedPlayer({ editor }: { editor: boolean }) {
  useThemeEffect()
  const { phase, problem, started, loads } = useEmbedState(useShallow(selectView))
  const name = useAppState(selectName)
  const status = usePlayerStatus()
  const fatal = useAppState(selectFatal)
  if (problem) return <EmbedProblemView problem={problem} />
  if (phase === 'resolving') return <p className="embed-message" role="status">Loading the scenario…</p>
  if (phase === 'empty') {
    return (
      <p className="embed-message" role="status">
        This player has no scenario yet: name one in its address (<code>embed.html?scenario=reserved-concurrency</code>),
        give a share link’s <code>#scenario=…</code>, or send it a <code>load</code> message.
      </p>
    )
  }
  return (
    <div className="embed" data-testid="embed-player">
      <header className="embed-bar">
        <h1 className="embed-title" title={name}>{name}</h1>
        <EmbedControls />
      </header>
      <section className="embed-graph" aria-label="Graph">
        <ProblemsBanner />
        <PanelBoundary name="Graph">
          <EmbedGraph key={loads} />
        </PanelBoundary>
      </section>
      <BottomPanel editor={editor} started={started} />
      <p className="embed-status" role="status" data-testid="run-status">
        {status === null ? '' : STATUS_TEXT[status]}{status === 'failed' && fatal !== null ? `: ${fatal}` : ''}
      </p>
    </div>
  )
}
