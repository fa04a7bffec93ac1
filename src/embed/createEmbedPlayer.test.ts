import { describe, expect, test } from 'vitest'
import { selectNowMs } from '../ui/store/selectors.ts'
import { playerStatus } from './embedState.ts'
import { createTestPlayer, PLAYER_DOCUMENT, settle, type TestPlayer } from './testing.ts'

const status = (t: TestPlayer) => playerStatus(t.store.getState(), t.embed.getState())
const types = (t: TestPlayer) => t.worker()?.received.map((command) => command.type)

function shown(): TestPlayer {
  const t = createTestPlayer()
  t.player.show({ ok: true, document: PLAYER_DOCUMENT, bundledId: 'orders' })
  return t
}

describe('the embedded player', () => {
  test('shows its scenario without starting the worker: the engine loads only when the reader presses play', async () => {
    const t = shown()
    t.player.setSpeed('max')
    t.player.pause()
    t.player.reset()
    await settle()
    expect(t.worker()).toBeNull()
    expect(status(t)).toBe('stopped')
    await t.player.play()
    expect(types(t)).toEqual(['setSpeed', 'load', 'play'])
    expect(t.worker()?.received[0]).toMatchObject({ speed: 'max' })
    expect(status(t)).toBe('playing')
  })

  test('a pause while the run is still loading wins over the play that started it', async () => {
    const t = shown()
    const playing = t.player.play()
    const worker = t.worker()
    if (!worker) throw new Error('play did not start the worker')
    worker.holdLoads = true
    t.player.pause()
    await settle()
    worker.answerLoad()
    await playing
    expect(types(t)).not.toContain('play')
    expect(status(t)).toBe('stopped')
  })

  test('seek runs a playing run on to the time asked and pauses there', async () => {
    const t = shown()
    await t.player.play()
    t.worker()?.advance(45_000)
    await settle()
    await t.player.seek(120_000)
    await settle()
    expect(types(t)?.slice(-2)).toEqual(['pause', 'step'])
    expect(t.worker()?.received.at(-1)).toEqual({ v: 2, type: 'step', virtualMs: 75_000 })
    expect(selectNowMs(t.store.getState())).toBe(120_000)
    expect(status(t)).toBe('paused')
  })

  test('seek to an earlier time replays the run from 0, the same run for the same seed', async () => {
    const t = shown()
    await t.player.seek(300_000)
    await settle()
    await t.player.seek(60_000)
    await settle()
    expect(types(t)).toEqual(['setSpeed', 'load', 'step', 'load', 'step'])
    expect(selectNowMs(t.store.getState())).toBe(60_000)
  })

  test('a scenario that cannot be shown replaces the player with its problem and pauses the run', async () => {
    const t = shown()
    await t.player.play()
    t.player.show({ ok: false, problem: { code: 'unknown-scenario', message: 'There is no bundled scenario "nope".', bundledIds: ['orders'] } })
    expect(types(t)?.at(-1)).toBe('pause')
    expect(status(t)).toBe('failed')
    await t.player.play()
    expect(types(t)?.at(-1)).toBe('pause')
  })

  test('a new scenario from the host replaces a started run with a fresh, paused one', async () => {
    const t = shown()
    await t.player.play()
    t.player.show({ ok: true, document: { ...PLAYER_DOCUMENT, Name: 'Other' }, bundledId: null })
    await settle()
    expect(types(t)?.at(-1)).toBe('load')
    expect(t.store.getState().scenario.document.Name).toBe('Other')
    expect(t.embed.getState().loads).toBe(2)
    expect(status(t)).toBe('stopped')
  })
})
