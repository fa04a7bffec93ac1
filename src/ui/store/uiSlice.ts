import { DEFAULT_SPEED } from '../../worker/driver.ts'
import type { Speed } from '../../worker/protocol.ts'

/** The user's choices about how to watch the run. */
export interface UiSlice {
  speed: Speed
}

export const INITIAL_UI: UiSlice = { speed: DEFAULT_SPEED }
