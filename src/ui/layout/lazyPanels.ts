/**
 * The panels, each a default-exported `<Feature>Panel` loaded on first use (React.lazy), so the
 * shell paints without waiting for React Flow, Recharts or Monaco, and Monaco only arrives when the
 * Code tab opens.
 */
import { lazy, type ComponentType } from 'react'
import type { PanelTab } from '../store/uiSlice.ts'

type PanelModule = { default: ComponentType }

/** A lazy panel that can also be fetched ahead of its first render. */
export type LazyPanel = ComponentType & { preload(): void }

function lazyPanel(load: () => Promise<PanelModule>): LazyPanel {
  let loading: Promise<PanelModule> | null = null
  const once = () => {
    loading ??= load()
    return loading
  }
  // A failed preload is not reported here: the panel's own render throws it into its PanelBoundary.
  return Object.assign(lazy(once), { preload: () => void once().catch(() => undefined) })
}

/** The panels that sit in the bottom tab strip, in the strip's order, with their tab labels. */
export const TAB_LABELS: Readonly<Record<PanelTab, string>> = {
  code: 'Code',
  test: 'Test',
  monitor: 'Monitor',
  environments: 'Environments',
  logs: 'Logs',
  learn: 'Learn',
}

export const TAB_PANELS: Readonly<Record<PanelTab, LazyPanel>> = {
  code: lazyPanel(() => import('../code/CodePanel.tsx')),
  test: lazyPanel(() => import('../test/TestPanel.tsx')),
  monitor: lazyPanel(() => import('../monitor/MonitorPanel.tsx')),
  environments: lazyPanel(() => import('../environments/EnvironmentsPanel.tsx')),
  logs: lazyPanel(() => import('../logs/LogsPanel.tsx')),
  learn: lazyPanel(() => import('../learn/LearnPanel.tsx')),
}

export const GraphPanel = lazyPanel(() => import('../graph/GraphPanel.tsx'))
export const InspectorPanel = lazyPanel(() => import('../inspector/InspectorPanel.tsx'))

/** Starts fetching what the first screen shows while React renders the shell, rather than after. */
export function preloadFirstScreen(activeTab: PanelTab): void {
  GraphPanel.preload()
  InspectorPanel.preload()
  TAB_PANELS[activeTab].preload()
}
