/**
 * Checks what arrives through `window.onmessage` before the player acts on it. A page receives
 * messages from many senders (extensions, other widgets), so only those carrying the
 * `lambda-playground` marker are ours; one of ours that is not a valid command is answered with an
 * error naming what is wrong, never half-obeyed.
 */
import { isObject } from '../engine/scenario/check.ts'
import { EMBED_PROTOCOL_VERSION, EMBED_SOURCE, type HostCommand } from './embedProtocol.ts'

export type ParsedHostMessage =
  | { kind: 'foreign' }
  | { kind: 'malformed'; message: string }
  | { kind: 'command'; command: HostCommand }


const malformed = (message: string): ParsedHostMessage => ({ kind: 'malformed', message })

function parseSpeed(speed: unknown): ParsedHostMessage | null {
  if (speed === 'max') return null
  if (typeof speed === 'number' && Number.isFinite(speed) && speed > 0) return null
  return malformed(`setSpeed needs \`speed\`: virtual milliseconds per real second (a number above 0) or "max" (got ${JSON.stringify(speed)})`)
}

export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (!isObject(data) || data.source !== EMBED_SOURCE) return { kind: 'foreign' }
  if (data.v !== EMBED_PROTOCOL_VERSION) {
    return malformed(`The message speaks version ${JSON.stringify(data.v)} of the embed protocol; this player speaks ${EMBED_PROTOCOL_VERSION}`)
  }
  switch (data.type) {
    case 'play':
    case 'pause':
    case 'reset':
      return { kind: 'command', command: { type: data.type } }
    case 'seek': {
      const virtualMs = data.virtualMs
      if (typeof virtualMs !== 'number' || !Number.isFinite(virtualMs) || virtualMs < 0) {
        return malformed(`seek needs \`virtualMs\`: a virtual time in milliseconds, 0 or more (got ${JSON.stringify(virtualMs)})`)
      }
      return { kind: 'command', command: { type: 'seek', virtualMs } }
    }
    case 'setSpeed': {
      const refused = parseSpeed(data.speed)
      return refused ?? { kind: 'command', command: { type: 'setSpeed', speed: data.speed as number | 'max' } }
    }
    case 'load': {
      const scenario = data.scenario
      if ((typeof scenario === 'string' && scenario !== '') || isObject(scenario)) return { kind: 'command', command: { type: 'load', scenario } }
      return malformed('load needs `scenario`: a bundled scenario\'s id or a scenario document')
    }
    default:
      return malformed(`Unknown command ${JSON.stringify(data.type)}; the player understands load, play, pause, reset, seek and setSpeed`)
  }
}
