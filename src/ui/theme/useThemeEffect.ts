import { useEffect } from 'react'
import { selectTheme } from '../store/selectors.ts'
import type { Theme } from '../store/uiSlice.ts'
import { useAppState } from '../store/useAppState.ts'

/** The theme lives on <html data-theme>, so the page background and native controls follow it too. */
export function useThemeEffect(): void {
  const theme = useAppState(selectTheme)
  useEffect(() => {
    document.documentElement.dataset.theme = theme
    document.documentElement.style.colorScheme = theme
  }, [theme])
}

/** The theme before the user chose one: the system's. */
export function preferredTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}
