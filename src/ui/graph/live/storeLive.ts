/**
 * The one place the graph reads the store's live slice. Each function below is memoised on the
 * frame's identity, so the many per-node and per-edge selectors that call it during one frame
 * share one computation, and a frame costs O(nodes + edges), not O(nodes × edges).
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import type { AppState } from '../../store/appStore.ts'
import { graphOf } from '../model/documentGraph.ts'
import { createEdgeActivity } from './edgeActivity.ts'
import { buildLiveIndex, type LiveIndex } from './liveIndex.ts'
import { NO_LIVE, type LiveInputs } from './liveTypes.ts'

/** The frame as the graph reads it; `resources` once the frame carries the engine's event accounting. */
function readFrame(state: AppState): LiveInputs {
  const frame = state.live.frame
  if (frame === null) return NO_LIVE
  const resources = (frame as { resources?: LiveInputs['resources'] }).resources ?? null
  return { snapshot: frame.snapshot, summary: frame.summary ?? null, resources, playing: state.live.playing }
}

let lastFrame: unknown = undefined
let lastPlaying = false
let lastInputs: LiveInputs = NO_LIVE

export function selectLiveInputs(state: AppState): LiveInputs {
  if (state.live.frame !== lastFrame || state.live.playing !== lastPlaying) {
    lastFrame = state.live.frame
    lastPlaying = state.live.playing
    lastInputs = readFrame(state)
  }
  return lastInputs
}

let indexedInputs: LiveInputs | undefined
let indexedDoc: Scenario | undefined
let lastIndex: LiveIndex | undefined

export function selectLiveIndex(state: AppState): LiveIndex {
  const inputs = selectLiveInputs(state)
  const doc = state.scenario.document
  if (lastIndex === undefined || inputs !== indexedInputs || doc !== indexedDoc) {
    indexedInputs = inputs
    indexedDoc = doc
    lastIndex = buildLiveIndex(doc, inputs)
  }
  return lastIndex
}

/** A selector of the active edges for one graph: it remembers the previous frame's counters. */
export function createActiveEdgesSelector(): (state: AppState) => ReadonlySet<string> {
  const activity = createEdgeActivity()
  let seenInputs: LiveInputs | undefined
  let seenDoc: Scenario | undefined
  let active: ReadonlySet<string> = new Set()
  return (state) => {
    const inputs = selectLiveInputs(state)
    const doc = state.scenario.document
    if (inputs !== seenInputs || doc !== seenDoc) {
      seenInputs = inputs
      seenDoc = doc
      active = activity({ doc, edges: graphOf(doc).edges, live: inputs, index: selectLiveIndex(state) })
    }
    return active
  }
}
