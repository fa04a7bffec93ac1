/**
 * The sample page's own script: what a documentation author writes to drive embedded players
 * through their postMessage API (src/embed/embedProtocol.ts, documented in docs/embedding.md).
 * It knows each player by its iframe's window, and enables its buttons once both players are ready.
 */
import { EMBED_PROTOCOL_VERSION, EMBED_SOURCE, type HostCommand, type PlayerMessage } from '../src/embed/embedProtocol.ts'
import { formatClock } from '../src/ui/format.ts'

const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-player]')]
const events = document.getElementById('player-events')
const buttons = {
  play: document.getElementById('play-both') as HTMLButtonElement,
  pause: document.getElementById('pause-both') as HTMLButtonElement,
  seek: document.getElementById('seek-both') as HTMLButtonElement,
}
const ready = new Set<HTMLIFrameElement>()
const lines = new Map<HTMLIFrameElement, HTMLLIElement>()

function send(frame: HTMLIFrameElement, command: HostCommand): void {
  // Addressed to the player's origin only, so a player navigated elsewhere never receives it.
  frame.contentWindow?.postMessage({ source: EMBED_SOURCE, v: EMBED_PROTOCOL_VERSION, ...command }, new URL(frame.src, location.href).origin)
}

function describe(message: PlayerMessage): string {
  switch (message.type) {
    case 'ready':
      return `ready: ${message.scenario?.name ?? 'no scenario'}`
    case 'state':
      return `${message.status} at ${formatClock(message.virtualMs)}`
    case 'tick':
      return `${formatClock(message.virtualMs)}: ${message.counters.invocations} invocations, ${message.counters.throttles} throttles`
    case 'done':
      return `done at ${formatClock(message.virtualMs)}: ${message.counters.invocations} invocations, ${message.counters.throttles} throttles`
    case 'error':
      return `error (${message.code}): ${message.message}`
  }
}

addEventListener('message', (event: MessageEvent) => {
  const frame = frames.find((candidate) => candidate.contentWindow === event.source)
  const message = event.data as PlayerMessage | null
  if (!frame || message?.source !== EMBED_SOURCE) return
  if (message.type === 'ready') ready.add(frame)
  let line = lines.get(frame)
  if (!line) {
    line = document.createElement('li')
    lines.set(frame, line)
    events?.append(line)
  }
  line.textContent = `${frame.dataset.player ?? frame.id}: ${describe(message)}`
  for (const button of Object.values(buttons)) button.disabled = ready.size < frames.length
})

buttons.play.addEventListener('click', () => frames.forEach((frame) => send(frame, { type: 'play' })))
buttons.pause.addEventListener('click', () => frames.forEach((frame) => send(frame, { type: 'pause' })))
buttons.seek.addEventListener('click', () => frames.forEach((frame) => send(frame, { type: 'seek', virtualMs: 5 * 60_000 })))
