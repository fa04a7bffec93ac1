import { useAppServices } from '../../AppServicesContext.ts'
import { describeShortcut } from '../../keyboard/describeShortcut.ts'
import { useAppState } from '../../store/useAppState.ts'
import { selectPresenting } from '../learnSelectors.ts'
import { togglePresenter } from './togglePresenter.ts'

/** The toolbar's presenter-mode switch (also Ctrl/Cmd+Shift+F; Esc leaves). */
export function PresenterToggle() {
  const app = useAppServices()
  const presenting = useAppState(selectPresenting)
  const shortcut = describeShortcut(togglePresenter.shortcut ?? '')
  return (
    <button
      type="button" className="icon-button" data-testid="presenter-toggle" aria-pressed={presenting}
      aria-keyshortcuts="Control+Shift+F Meta+Shift+F" title={`${togglePresenter.label} (${shortcut})`}
      onClick={() => void togglePresenter.run(app)}
    >
      <span aria-hidden="true">▣</span>
      <span className="visually-hidden">{togglePresenter.label}</span>
    </button>
  )
}
