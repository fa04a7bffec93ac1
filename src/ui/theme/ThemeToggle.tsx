import { useAppServices } from '../AppServicesContext.ts'
import { toggleTheme } from '../commands/toggleTheme.ts'
import { selectTheme } from '../store/selectors.ts'
import { useAppState } from '../store/useAppState.ts'

export function ThemeToggle() {
  const app = useAppServices()
  const theme = useAppState(selectTheme)
  return (
    <button
      type="button" className="icon-button" data-testid="theme-toggle" aria-pressed={theme === 'dark'}
      title={toggleTheme.label} onClick={() => void toggleTheme.run(app)}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="visually-hidden">Dark theme</span>
    </button>
  )
}
