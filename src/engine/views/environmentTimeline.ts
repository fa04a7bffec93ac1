/**
 * The Environments view of one function: a grid cell per execution environment (alive, or ended
 * within the window so the page can fade it out) and a timeline lane for a slice of them, showing
 * Init, invocations and idle gaps from each environment's phase history.
 */
import type { EndReason, ExecutionEnvironment } from '../environments/environment.ts'
import { environmentIdFor } from '../logs/format.ts'
import { versionsOf } from '../model/lookup.ts'
import type { World } from '../world.ts'
import type { PhaseHistory, TimelinePhase } from './phaseHistory.ts'

export type { TimelinePhase } from './phaseHistory.ts'

/** What to show of one function's environments. */
export interface EnvironmentsQuery {
  functionName: string
  /** Most grid cells: alive environments first, then the most recently ended. */
  maxCells: number
  /** Lanes are the cells in creation order; the view carries `laneCount` of them from `laneOffset` (a scrolled list). */
  laneOffset: number
  laneCount: number
  /** Virtual time the lanes cover, ending now; ended environments stay in the view this long. */
  windowMs: number
}

export type EnvironmentCellState = TimelinePhase | 'ended'

export interface EnvironmentCell {
  /** The environment id of its log stream. */
  id: string
  version: string
  state: EnvironmentCellState
  provisioned: boolean
  createdAtMs: number
  /** When it entered `state`. */
  sinceMs: number
  invocations: number
  /** Why it ended (`idle-reclaimed`, `recycled`, `timeout`, ...); null while alive. */
  endReason: EndReason | null
}

export interface EnvironmentLane extends EnvironmentCell {
  /** Segment i, in phase `phases[i]`, runs from `startsMs[i]` to `startsMs[i + 1]`, the last one until it ended or now. */
  phases: TimelinePhase[]
  startsMs: number[]
  /** Before this the lane is unknown: only the newest phase changes of each environment are kept. */
  knownFromMs: number
}

export interface EnvironmentCounts {
  initializing: number
  busy: number
  idle: number
  /** Ended within the window. */
  ended: number
  /** Alive and provisioned. */
  provisioned: number
}

export interface EnvironmentTimeline {
  functionName: string
  nowMs: number
  windowMs: number
  /** In creation order (stable positions in the grid); at most `maxCells`. */
  cells: EnvironmentCell[]
  /** Every environment in the view, including those beyond `maxCells`. */
  counts: EnvironmentCounts
  /** Cells `laneOffset` … `laneOffset + laneCount - 1`, with their history. */
  laneOffset: number
  lanes: EnvironmentLane[]
}

interface Entry {
  cell: EnvironmentCell
  serial: number
  history: PhaseHistory
}

function aliveEntry(world: World, version: string, env: ExecutionEnvironment): Entry {
  const state = env.phase === 'ended' ? 'idle' : env.phase
  return {
    serial: env.serial,
    history: env.history,
    cell: {
      id: environmentIdFor(world.seed, env.serial), version, state, provisioned: env.provisioned, createdAtMs: env.createdAtMs,
      sinceMs: env.sinceMs, invocations: env.invocations, endReason: null,
    },
  }
}

function emptyCounts(): EnvironmentCounts {
  return { initializing: 0, busy: 0, idle: 0, ended: 0, provisioned: 0 }
}

/** The view of `query.functionName`; an unknown function has no environments. */
export function environmentTimeline(world: World, query: EnvironmentsQuery): EnvironmentTimeline {
  const fromMs = Math.max(0, world.nowMs - query.windowMs)
  const counts = emptyCounts()
  const alive: Entry[] = []
  const fn = world.functions.get(query.functionName)
  if (fn) {
    for (const version of versionsOf(fn)) {
      for (const pool of [version.provisionedPool, version.onDemand]) {
        for (const env of pool.alive()) {
          const entry = aliveEntry(world, version.version, env)
          counts[entry.cell.state]++
          if (env.provisioned) counts.provisioned++
          alive.push(entry)
        }
      }
    }
  }
  const ended = world.recentlyEnded.endedSince(query.functionName, fromMs)
  counts.ended = ended.length
  alive.sort((a, b) => a.serial - b.serial)
  const endedRoom = Math.max(0, query.maxCells - alive.length)
  const entries = alive.slice(0, query.maxCells)
  for (const record of ended.slice(0, endedRoom)) {
    entries.push({
      serial: record.serial,
      history: record.history,
      cell: {
        id: environmentIdFor(world.seed, record.serial), version: record.version, state: 'ended', provisioned: record.provisioned,
        createdAtMs: record.createdAtMs, sinceMs: record.endedAtMs, invocations: record.invocations, endReason: record.reason,
      },
    })
  }
  entries.sort((a, b) => a.serial - b.serial)
  const lanes = entries.slice(query.laneOffset, query.laneOffset + query.laneCount).map(({ cell, history }): EnvironmentLane => {
    const segments = history.segmentsSince(fromMs)
    return { ...cell, phases: segments.phases, startsMs: segments.startsMs, knownFromMs: segments.knownFromMs }
  })
  return {
    functionName: query.functionName, nowMs: world.nowMs, windowMs: query.windowMs, cells: entries.map((e) => e.cell), counts,
    laneOffset: query.laneOffset, lanes,
  }
}
