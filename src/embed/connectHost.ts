/**
 * The player's side of the postMessage API (./embedProtocol.ts). It talks to `window.parent` and
 * nobody else: messages from other windows are ignored, and so are messages from other origins
 * when the address names one (`origin=`). Without `origin=`, any page may embed the player and
 * drive it, and hears its events: the player holds nothing but the scenario its address already
 * carries, so there is nothing to keep from the page that embeds it.
 */
import type { AppStore } from '../ui/store/appStore.ts'
import type { EmbedPlayer } from './createEmbedPlayer.ts'
import { playerMessage, type HostCommand, type PlayerEvent } from './embedProtocol.ts'
import type { EmbedStore } from './embedState.ts'
import { createHostEvents } from './hostEvents.ts'
import { parseHostMessage } from './parseHostMessage.ts'
import { bundledScenario, hostDocument } from './resolveScenario.ts'

/** The window the player runs in, as far as this module uses it. */
export interface PlayerWindow {
  readonly parent: Pick<Window, 'postMessage'>
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

export interface HostConnection {
  window: PlayerWindow
  store: AppStore
  embed: EmbedStore
  player: EmbedPlayer
  /** The host's origin, when the address restricts it; null for any. */
  origin: string | null
  /** Real time in milliseconds, for spacing ticks. */
  now: () => number
}

async function obey(player: EmbedPlayer, command: HostCommand): Promise<void> {
  switch (command.type) {
    case 'load':
      player.show(await (typeof command.scenario === 'string' ? bundledScenario(command.scenario) : hostDocument(command.scenario)))
      return
    case 'play':
      return player.play()
    case 'pause':
      return player.pause()
    case 'reset':
      return player.reset()
    case 'seek':
      return player.seek(command.virtualMs)
    case 'setSpeed':
      return player.setSpeed(command.speed)
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

/** Starts listening to the host and telling it what happens; returns the function that stops both. */
export function connectHost({ window, store, embed, player, origin, now }: HostConnection): () => void {
  const post = (event: PlayerEvent) => window.parent.postMessage(playerMessage(event), origin ?? '*')
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || (origin !== null && event.origin !== origin)) return
    const parsed = parseHostMessage(event.data)
    if (parsed.kind === 'malformed') post({ type: 'error', code: 'bad-message', message: parsed.message })
    if (parsed.kind === 'command') void obey(player, parsed.command)
  }
  const due = createHostEvents(now)
  const report = () => {
    for (const event of due(store.getState(), embed.getState())) post(event)
  }
  window.addEventListener('message', onMessage)
  const stopApp = store.subscribe(report)
  const stopEmbed = embed.subscribe(report)
  report()
  return () => {
    window.removeEventListener('message', onMessage)
    stopApp()
    stopEmbed()
  }
}
