import { lazy, Suspense, useEffect, useState } from 'react'
import { useAppState } from '../../store/useAppState.ts'
import { selectPresenting } from '../learnSelectors.ts'
import './presenter.css'
import { startPosition, type PresenterPosition } from './presenterPosition.ts'

// The card reads the library (lessons, scripts): fetched when presenter mode is first turned on.
const PresenterCard = lazy(() => import('./PresenterCard.tsx'))

/** The class on <html> that scales the page's type for a projector (see presenter.css). */
export const PRESENTER_CLASS = 'presenter'

/**
 * Presenter mode: large type on the whole page and the open scenario's scripted steps on a card.
 * Where the presentation stands is kept here, so turning the mode off and on resumes it.
 */
export function Presenter() {
  const presenting = useAppState(selectPresenting)
  const [position, setPosition] = useState<PresenterPosition>(() => startPosition(null))
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle(PRESENTER_CLASS, presenting)
    return () => root.classList.remove(PRESENTER_CLASS)
  }, [presenting])
  if (!presenting) return null
  return (
    <Suspense fallback={null}>
      <PresenterCard position={position} setPosition={setPosition} />
    </Suspense>
  )
}
