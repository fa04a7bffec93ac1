/**
 * Canvas colours for environment states, read from the theme's tokens (../theme/theme.css), so the
 * canvas follows light and dark themes like the rest of the page.
 */
import type { EnvironmentCellState } from '../../engine/api.ts'
import type { BarKind } from './laneGeometry.ts'

export type PaintKind = EnvironmentCellState | BarKind | 'provisioned'

const VARIABLES: Readonly<Record<PaintKind, string>> = {
  initializing: '--state-init',
  busy: '--state-busy',
  idle: '--state-idle',
  ended: '--state-ended',
  provisioned: '--state-provisioned',
  unknown: '--border',
}

const FALLBACK = 'gray'

export type Palette = Readonly<Record<PaintKind, string>>

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element)
  const entries = (Object.keys(VARIABLES) as PaintKind[]).map((kind) => [kind, style.getPropertyValue(VARIABLES[kind]).trim() || FALLBACK])
  return Object.fromEntries(entries) as Record<PaintKind, string>
}

/** What each state is called on the page; `ended` environments were reclaimed, recycled or crashed. */
export const STATE_LABELS: Readonly<Record<EnvironmentCellState, string>> = {
  initializing: 'Initializing',
  busy: 'Busy',
  idle: 'Idle',
  ended: 'Ended',
}
