/**
 * The Environments view: every environment of a function as a cell, and lanes whose segments show
 * Init, invocations and idle gaps exactly as the engine ran them (cold start, reuse, idle reclaim).
 */
import { describe, expect, test } from 'vitest'
import type { EnvironmentsQuery, Simulation } from '../api.ts'
import { burst, oneFunction, simulate } from '../testing/harness.ts'
import { PHASE_HISTORY_LENGTH } from './phaseHistory.ts'

const query = (over: Partial<EnvironmentsQuery> = {}): EnvironmentsQuery =>
  ({ functionName: 'fn', maxCells: 1000, laneOffset: 0, laneCount: 50, windowMs: 60_000, ...over })

/** `fn`: 100 ms invocations after a 200 ms Init, idle environments reclaimed after `idleSeconds`. */
function run(idleSeconds: number, traffic = [burst('fn', 2, 0), burst('fn', 1, 5)]): Simulation {
  return simulate(oneFunction({ Simulation: { IdleTimeoutSeconds: idleSeconds } }, traffic)).sim
}

describe('environment lanes', () => {
  test('a cold start shows Init, then the invocation, then the idle gap; a warm request reuses it without Init', () => {
    const sim = run(600)
    sim.runUntil(6_000)
    const view = sim.environments(query())
    expect(view.cells.map((c) => c.state)).toEqual(['idle', 'idle'])
    const [first, second] = view.lanes
    // Most recently used environment serves the request at 5 s [D-runtime-env]: the second one.
    expect(second?.phases).toEqual(['initializing', 'busy', 'idle', 'busy', 'idle'])
    expect(second?.startsMs).toEqual([0, 200, 300, 5_000, 5_100])
    expect(second?.invocations).toBe(2)
    expect(first?.phases).toEqual(['initializing', 'busy', 'idle'])
    expect(first?.startsMs).toEqual([0, 200, 300])
    expect(first?.knownFromMs).toBe(0)
  })

  test('segments before the window are clipped to its start', () => {
    const sim = run(600)
    sim.runUntil(6_000)
    const lane = sim.environments(query({ windowMs: 2_000 })).lanes[1]
    expect(lane?.phases).toEqual(['idle', 'busy', 'idle'])
    expect(lane?.startsMs).toEqual([4_000, 5_000, 5_100])
  })

  test('an environment reclaimed after the idle timeout is an ended cell with its reason, until it leaves the window', () => {
    const sim = run(2, [burst('fn', 1, 0)])
    sim.runUntil(3_000)
    const view = sim.environments(query({ windowMs: 10_000 }))
    expect(view.cells).toMatchObject([{ state: 'ended', endReason: 'idle-reclaimed', sinceMs: 2_300 }])
    expect(view.counts).toMatchObject({ idle: 0, ended: 1 })
    expect(view.lanes[0]?.phases).toEqual(['initializing', 'busy', 'idle'])
    sim.runUntil(20_000)
    expect(sim.environments(query({ windowMs: 10_000 })).cells).toEqual([])
  })

  test('lanes are a slice of the cells in creation order; cells are capped, counts are not', () => {
    const sim = run(600, [burst('fn', 5, 0)])
    sim.runUntil(1_000)
    const view = sim.environments(query({ maxCells: 3, laneOffset: 1, laneCount: 2 }))
    expect(view.cells).toHaveLength(3)
    expect(view.counts.idle).toBe(5)
    expect(view.lanes.map((l) => l.id)).toEqual(view.cells.slice(1, 3).map((c) => c.id))
  })

  test(`a busy environment keeps only its newest ${PHASE_HISTORY_LENGTH} phase changes and says where its lane becomes known`, () => {
    const sim = run(600, [{ Target: 'fn', Arrivals: { Process: 'poisson', RatePerSecond: 2 } }])
    sim.runUntil(60_000)
    // Two changes per invocation (busy, idle): past half the ring, the oldest have been overwritten.
    const lane = sim.environments(query({ windowMs: 60_000 })).lanes.find((l) => l.invocations > PHASE_HISTORY_LENGTH / 2)
    expect(lane).toBeDefined()
    expect(lane?.knownFromMs).toBeGreaterThan(0)
    expect(lane?.phases.length).toBeLessThanOrEqual(PHASE_HISTORY_LENGTH)
  })

  test('provisioned environments are marked; configured in the document they are ready, idle, from t = 0 [D-pc]', () => {
    const sim = simulate(oneFunction({
      Versions: [{ Version: '1' }],
      ProvisionedConcurrencyConfigs: [{ Qualifier: '1', ProvisionedConcurrentExecutions: 2 }],
    })).sim
    sim.runUntil(1_000)
    const view = sim.environments(query())
    expect(view.counts).toMatchObject({ idle: 2, provisioned: 2 })
    expect(view.lanes.map((l) => [l.provisioned, l.version, l.phases, l.startsMs])).toEqual([
      [true, '1', ['idle'], [0]],
      [true, '1', ['idle'], [0]],
    ])
  })

  test('an unknown function has no environments', () => {
    const view = run(600).environments(query({ functionName: 'nope' }))
    expect(view.cells).toEqual([])
    expect(view.lanes).toEqual([])
  })
})
