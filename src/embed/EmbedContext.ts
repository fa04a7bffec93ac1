import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { EmbedPlayer } from './createEmbedPlayer.ts'
import type { EmbedState, EmbedStore } from './embedState.ts'

/** What the player's components use besides the app's services (../ui/AppServicesContext.ts). */
export interface EmbedContextValue {
  player: EmbedPlayer
  embed: EmbedStore
}

export const EmbedContext = createContext<EmbedContextValue | null>(null)

export function useEmbedPlayer(): EmbedPlayer {
  return useEmbedContext().player
}

/** Reads the player's own store with a module-level selector. */
export function useEmbedState<T>(selector: (state: EmbedState) => T): T {
  return useStore(useEmbedContext().embed, selector)
}

function useEmbedContext(): EmbedContextValue {
  const value = useContext(EmbedContext)
  if (!value) throw new Error('The player\'s components need an <EmbedContext> above them')
  return value
}
