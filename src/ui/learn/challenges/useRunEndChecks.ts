import { useContext, useEffect } from 'react'
import { useAppServices } from '../../AppServicesContext.ts'
import { selectLibraryId } from '../learnSelectors.ts'
import { ProgressContext } from '../progress/ProgressContext.ts'

/**
 * When a run of a library scenario ends, its challenges are checked and the solved ones stored,
 * whichever tab is open: a learner watching the Monitor to the end still gets the credit. The
 * library (lessons, checks) and the progress store are fetched then, not with the page.
 */
export function useRunEndChecks(): void {
  const { store } = useAppServices()
  const injected = useContext(ProgressContext)
  useEffect(() => store.subscribe((state, previous) => {
    if (!state.live.done || previous.live.done) return
    const entryId = selectLibraryId(state)
    const summary = state.live.frame?.summary
    const document = state.scenario.runDocument
    if (entryId === null || summary === undefined || document === null) return
    void import('./recordSolved.ts').then(({ recordSolved }) => recordSolved(injected, entryId, { document, summary, done: true }))
  }), [store, injected])
}
