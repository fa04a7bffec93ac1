import type { ScenarioProblem } from '../../worker/protocol.ts'

/** The scenario being run: which one, and whether the worker accepted it. */
export interface ScenarioSlice {
  /** Id of the bundled scenario that is loaded or loading. */
  selectedId: string
  status: 'loading' | 'loaded' | 'failed'
  name: string
  /** Markdown from the document, shown as plain text for now. */
  description: string
  problems: readonly ScenarioProblem[]
}

export function loadingScenario(selectedId: string): ScenarioSlice {
  return { selectedId, status: 'loading', name: '', description: '', problems: [] }
}
