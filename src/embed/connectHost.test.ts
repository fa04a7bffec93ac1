import { describe, expect, test, vi } from 'vitest'
import { connectHost, type PlayerWindow } from './connectHost.ts'
import { EMBED_PROTOCOL_VERSION, EMBED_SOURCE, TICK_INTERVAL_MS, type PlayerMessage } from './embedProtocol.ts'
import { createTestPlayer, PLAYER_DOCUMENT, settle } from './testing.ts'

interface Posted { message: PlayerMessage; targetOrigin: string }

/** The player's window inside an iframe: its parent records what the player posts. */
function frameWindow() {
  const posted: Posted[] = []
  const parent = { postMessage: (message: PlayerMessage, targetOrigin: string) => posted.push({ message, targetOrigin }) }
  let listener: ((event: MessageEvent) => void) | null = null
  const window: PlayerWindow = {
    parent: parent as unknown as PlayerWindow['parent'],
    addEventListener: (_, added) => { listener = added },
    removeEventListener: () => { listener = null },
  }
  const receive = (data: unknown, from: { source?: unknown; origin?: string } = {}) =>
    listener?.({ data, source: from.source ?? parent, origin: from.origin ?? 'https://docs.example.com' } as MessageEvent)
  return { window, posted, receive, types: () => posted.map((p) => p.message.type) }
}

/** The validator and the bundled scenarios are imported on demand, which takes a moment the first time. */
const WAIT = { timeout: 10_000 }

const command = (body: object) => ({ source: EMBED_SOURCE, v: EMBED_PROTOCOL_VERSION, ...body })

function connected(origin: string | null = null, clock = { ms: 0 }) {
  const t = createTestPlayer()
  const host = frameWindow()
  const stop = connectHost({ window: host.window, store: t.store, embed: t.embed, player: t.player, origin, now: () => clock.ms })
  t.player.show({ ok: true, document: PLAYER_DOCUMENT, bundledId: 'orders' })
  return { ...t, host, stop, clock }
}

describe('the postMessage API, player side', () => {
  test('says ready with the scenario, then its state, to the parent only, marked and versioned', () => {
    const { host } = connected()
    expect(host.posted.map((p) => p.message)).toEqual([
      { source: EMBED_SOURCE, v: 1, type: 'ready', scenario: { name: 'Orders', bundledId: 'orders', durationMs: 600_000 } },
      { source: EMBED_SOURCE, v: 1, type: 'state', status: 'stopped', virtualMs: 0 },
    ])
    expect(host.posted.every((p) => p.targetOrigin === '*')).toBe(true)
  })

  test('obeys the parent\'s commands, and reports play and pause as state changes', async () => {
    const { host, worker } = connected()
    host.receive(command({ type: 'play' }))
    await settle()
    expect(worker()?.received.map((c) => c.type)).toContain('play')
    worker()?.advance(5_000)
    await settle()
    host.receive(command({ type: 'pause' }))
    await settle()
    expect(host.posted.filter((p) => p.message.type === 'state').map((p) => p.message.type === 'state' && p.message.status))
      .toEqual(['stopped', 'loading', 'stopped', 'playing', 'paused'])
  })

  test('ignores other windows and foreign messages, and answers a malformed one of ours with an error', async () => {
    const { host, worker } = connected()
    host.receive(command({ type: 'play' }), { source: {} })
    host.receive({ type: 'play' })
    await settle()
    expect(worker()).toBeNull()
    host.receive(command({ type: 'seek', virtualMs: 'soon' }))
    expect(host.posted.at(-1)?.message).toEqual({ source: EMBED_SOURCE, v: 1, type: 'error', code: 'bad-message', message: 'seek needs `virtualMs`: a virtual time in milliseconds, 0 or more (got "soon")' })
  })

  test('with origin=, hears only that origin and posts only to it', async () => {
    const { host, worker } = connected('https://docs.example.com')
    host.receive(command({ type: 'play' }), { origin: 'https://evil.example.net' })
    await settle()
    expect(worker()).toBeNull()
    host.receive(command({ type: 'play' }))
    await settle()
    expect(worker()?.received.map((c) => c.type)).toContain('play')
    expect(host.posted.every((p) => p.targetOrigin === 'https://docs.example.com')).toBe(true)
  })

  test('ticks while playing, at most every TICK_INTERVAL_MS of real time, with the run\'s counters; seek lands with a state', async () => {
    const { host, player, worker, clock } = connected()
    await player.play()
    const run = worker()
    if (!run) throw new Error('no worker')
    for (const elapsedMs of [TICK_INTERVAL_MS / 2, TICK_INTERVAL_MS / 2, TICK_INTERVAL_MS / 5]) {
      clock.ms += elapsedMs
      run.advance(1_000, 10)
      await settle()
    }
    // One as the run starts, none 125 ms later, the next 250 ms after the first, none 50 ms after that.
    const ticks = host.posted.filter((p) => p.message.type === 'tick').map((p) => p.message)
    expect(ticks).toEqual([
      { source: EMBED_SOURCE, v: 1, type: 'tick', virtualMs: 0, durationMs: 600_000, counters: { invocations: 0, errors: 1, throttles: 2, coldStarts: 3, concurrentExecutions: 1 } },
      { source: EMBED_SOURCE, v: 1, type: 'tick', virtualMs: 2_000, durationMs: 600_000, counters: { invocations: 20, errors: 1, throttles: 2, coldStarts: 3, concurrentExecutions: 1 } },
    ])
    await player.seek(60_000)
    await settle()
    expect(host.posted.slice(-2).map((p) => p.message)).toEqual([
      { source: EMBED_SOURCE, v: 1, type: 'state', status: 'paused', virtualMs: 3_000 },
      { source: EMBED_SOURCE, v: 1, type: 'state', status: 'paused', virtualMs: 60_000 },
    ])
  })

  test('a load of an unknown bundled id is an error listing the bundled ids; a valid document is ready again', async () => {
    const { host } = connected()
    host.receive(command({ type: 'load', scenario: 'no-such-scenario' }))
    const error = await vi.waitFor(() => host.posted.find((p) => p.message.type === 'error')?.message ?? Promise.reject(new Error('no error yet')), WAIT)
    expect(error).toMatchObject({ type: 'error', code: 'unknown-scenario', message: 'There is no bundled scenario "no-such-scenario".' })
    expect(error?.type === 'error' && error.bundledIds).toContain('reserved-concurrency')
    host.receive(command({ type: 'load', scenario: { ...PLAYER_DOCUMENT, Name: 'Sent by the host' } }))
    await vi.waitFor(() => expect(host.posted.filter((p) => p.message.type === 'ready').at(-1)?.message).toMatchObject({ scenario: { name: 'Sent by the host', bundledId: null } }), WAIT)
  })

  test('a document that breaks the format is refused with each field named', async () => {
    const { host } = connected()
    host.receive(command({ type: 'load', scenario: { ...PLAYER_DOCUMENT, Functions: [{ FunctionName: 'orders', MemorySize: 64 }] } }))
    await vi.waitFor(() => expect(host.types()).toContain('error'), WAIT)
    expect(host.posted.find((p) => p.message.type === 'error')?.message).toMatchObject({ type: 'error', code: 'invalid-scenario', problems: [expect.stringMatching(/^Functions\[0\]\.MemorySize: .* \[range\]$/)] })
  })
})
