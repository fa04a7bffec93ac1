import { useCallback } from 'react'
import type { AppState } from '../ui/store/appStore.ts'
import { useAppState } from '../ui/store/useAppState.ts'
import type { PlayerStatus } from './embedProtocol.ts'
import { useEmbedState } from './EmbedContext.ts'
import { playerStatus, type EmbedState } from './embedState.ts'

const selectEmbed = (state: EmbedState) => state

/** The run's status as the player's controls show it (./embedState.ts `playerStatus`). */
export function usePlayerStatus(): PlayerStatus | null {
  const embed = useEmbedState(selectEmbed)
  return useAppState(useCallback((app: AppState) => playerStatus(app, embed), [embed]))
}
