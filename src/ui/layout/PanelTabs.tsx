import { useRef, type KeyboardEvent } from 'react'
import { setActiveTab } from '../store/edits.ts'
import { selectActiveTab } from '../store/selectors.ts'
import { PANEL_TABS, type PanelTab } from '../store/uiSlice.ts'
import { useAppState, useAppStore } from '../store/useAppState.ts'
import { PanelBoundary } from './PanelBoundary.tsx'
import { TAB_LABELS, TAB_PANELS } from './lazyPanels.ts'

/** Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects. */
const KEY_STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 }

/** The bottom panel: Code, Test, Monitor, Environments, Logs, Learn; only the active one is mounted. */
export function PanelTabs() {
  const store = useAppStore()
  const active = useAppState(selectActiveTab)
  const tabs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({})
  const Panel = TAB_PANELS[active]

  const onKeyDown = (event: KeyboardEvent) => {
    const stepBy = KEY_STEPS[event.key]
    let next: PanelTab | undefined
    if (stepBy !== undefined) next = PANEL_TABS[(PANEL_TABS.indexOf(active) + stepBy + PANEL_TABS.length) % PANEL_TABS.length]
    if (event.key === 'Home') next = PANEL_TABS[0]
    if (event.key === 'End') next = PANEL_TABS[PANEL_TABS.length - 1]
    if (next === undefined) return
    event.preventDefault()
    setActiveTab(store, next)
    tabs.current[next]?.focus()
  }

  return (
    <section className="panels" aria-label="Panels">
      <div className="tab-strip" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(element) => { tabs.current[tab] = element }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setActiveTab(store, tab)}
          >
            {TAB_LABELS[tab]}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`tabpanel-${active}`} aria-labelledby={`tab-${active}`}>
        <PanelBoundary key={active} name={TAB_LABELS[active]}>
          <Panel />
        </PanelBoundary>
      </div>
    </section>
  )
}
