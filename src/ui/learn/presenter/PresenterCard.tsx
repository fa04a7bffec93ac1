import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react'
import { findLibraryEntry } from '../../../learn/library.ts'
import type { PresenterStep } from '../../../learn/types.ts'
import { useAppServices } from '../../AppServicesContext.ts'
import { useAppState } from '../../store/useAppState.ts'
import { selectLibraryId } from '../learnSelectors.ts'
import { Markdown } from '../markdown/Markdown.tsx'
import { applyStepFocus } from './applyStepFocus.ts'
import { describeAction } from './describeAction.ts'
import { presenterKeyFor } from './presenterKeys.ts'
import { COVER, positionFor, runsOnEntry, stepTo, withOutcome, type PresenterPosition, type StepOutcome } from './presenterPosition.ts'
import { runPresenterAction } from './runPresenterAction.ts'
import { setPresenting } from './togglePresenter.ts'

interface PresenterCardProps {
  position: PresenterPosition
  setPosition: Dispatch<SetStateAction<PresenterPosition>>
}

/**
 * The presenter's card: the open scenario's scripted steps, one at a time, moved with the arrow
 * keys (or a clicker's Page Up / Page Down) and the card's buttons; entering a step going forward
 * runs its action. Esc leaves presenter mode.
 */
export default function PresenterCard({ position: stored, setPosition }: PresenterCardProps) {
  const app = useAppServices()
  const libraryId = useAppState(selectLibraryId)
  const entry = libraryId === null ? undefined : findLibraryEntry(libraryId)
  const steps = entry?.presenter ?? []
  const position = positionFor(stored, entry?.id ?? null)
  const step = steps[position.index]

  const runStep = (index: number, stepToRun: PresenterStep | undefined) => {
    const action = stepToRun?.action
    if (action === undefined) return
    const record = (outcome: StepOutcome) => setPosition((current) => withOutcome(positionFor(current, position.entryId), index, outcome))
    record({ state: 'running' })
    void runPresenterAction(app, action).then((outcome) => record({ state: 'finished', ...outcome }))
  }

  const go = (delta: number) => {
    const to = stepTo(position.index, delta, steps.length)
    if (to === position.index) return
    const target = steps[to]
    setPosition({ ...position, index: to })
    applyStepFocus(app.store, target?.focus)
    if (runsOnEntry(position, to, target?.action !== undefined)) runStep(to, target)
  }

  // The window's key handler always calls the newest `go` (it closes over this render's position).
  const goRef = useRef(go)
  useEffect(() => {
    goRef.current = go
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = presenterKeyFor(event)
      if (key === null) return
      event.preventDefault()
      if (key === 'leave') setPresenting(app.store, false)
      else goRef.current(key === 'next' ? 1 : -1)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [app.store])

  const outcome = position.outcomes[position.index]
  return (
    <section className="presenter-card" aria-labelledby="presenter-title" data-testid="presenter-card">
      <header className="presenter-head">
        <h2 id="presenter-title">{entry?.title ?? 'Presenter mode'}</h2>
        {steps.length > 0 && (
          <p className="presenter-count" data-testid="presenter-count">
            {position.index === COVER ? `${steps.length} steps` : `Step ${position.index + 1} of ${steps.length}`}
          </p>
        )}
      </header>
      <div className="presenter-body" aria-live="polite">
        {steps.length === 0 && <p>{entry ? 'This scenario has no scripted steps.' : 'Open a scenario from the library (Learn tab) to present its scripted steps.'}</p>}
        {steps.length > 0 && step === undefined && <p>Press → (or Next) to start; ← goes back.</p>}
        {step && <Markdown source={step.text} headingOffset={2} />}
      </div>
      {step?.action && (
        <div className="presenter-action" data-testid="presenter-action">
          <p><span className="muted">Action: </span>{describeAction(step.action)}</p>
          <ActionOutcomeLine outcome={outcome} />
          {outcome?.state === 'finished' && (
            <button type="button" onClick={() => runStep(position.index, step)}>Run again</button>
          )}
        </div>
      )}
      <footer className="presenter-nav">
        <button type="button" onClick={() => go(-1)} disabled={position.index === COVER} aria-keyshortcuts="ArrowLeft">← Previous</button>
        <button type="button" className="primary" onClick={() => go(1)} disabled={position.index >= steps.length - 1} aria-keyshortcuts="ArrowRight">Next →</button>
        <button type="button" onClick={() => setPresenting(app.store, false)} aria-keyshortcuts="Escape">Leave (Esc)</button>
      </footer>
    </section>
  )
}

function ActionOutcomeLine({ outcome }: { outcome: StepOutcome | undefined }) {
  if (outcome === undefined) return null
  if (outcome.state === 'running') return <p className="muted" role="status">Running…</p>
  if (!outcome.ok) return <p className="presenter-error" role="alert" data-testid="presenter-error"><span aria-hidden="true">✗ </span>Failed: {outcome.error}</p>
  return <p className="presenter-done" role="status"><span aria-hidden="true">✓ </span>Done{outcome.detail ? `: ${outcome.detail}` : ''}</p>
}
