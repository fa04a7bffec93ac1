/**
 * The events the host hears, derived from the stores rather than sent by each command: whatever
 * changed the run (a button in the player, a host message, the run reaching its end), the host
 * hears of it the same way, once.
 */
import { DEFAULT_DURATION_SECONDS } from '../engine/facts.ts'
import type { Scenario } from '../engine/scenario/types.ts'
import type { AppState } from '../ui/store/appStore.ts'
import { selectDurationMs, selectNowMs } from '../ui/store/selectors.ts'
import { TICK_INTERVAL_MS, type EmbedProblem, type PlayerEvent, type PlayerStatus, type RunCounters, type ScenarioInfo } from './embedProtocol.ts'
import { playerStatus, type EmbedState } from './embedState.ts'

export function runCounters(state: AppState): RunCounters {
  const counters: RunCounters = { invocations: 0, errors: 0, throttles: 0, coldStarts: 0, concurrentExecutions: state.live.frame?.snapshot.accountInFlight ?? 0 }
  for (const fn of Object.values(state.live.frame?.summary?.Functions ?? {})) {
    counters.invocations += fn.Invocations
    counters.errors += fn.Errors
    counters.throttles += fn.Throttles
    counters.coldStarts += fn.ColdStarts
  }
  return counters
}

export function scenarioInfo(document: Scenario, bundledId: string | null): ScenarioInfo {
  return { name: document.Name, bundledId, durationMs: (document.DurationSeconds ?? DEFAULT_DURATION_SECONDS) * 1000 }
}

/** Why the run cannot go on, from the worker's answer; null while it can. */
function runProblem(state: AppState): EmbedProblem | null {
  if (state.live.fatal !== null) return { code: 'run-failed', message: `The simulation stopped: ${state.live.fatal}` }
  if (state.scenario.status !== 'failed') return null
  return {
    code: 'invalid-scenario',
    message: 'The scenario cannot run: it breaks rules of the scenario format.',
    problems: state.scenario.problems.map((p) => `${p.path}: ${p.message} [${p.rule}]`),
  }
}

interface Seen {
  /** `loads` of the last scenario announced; -1 for "none given", null before the first announcement. */
  announced: number | null
  problem: EmbedProblem | null
  runProblem: EmbedProblem | null
  status: PlayerStatus | null
  stateVirtualMs: number
  done: boolean
  tickAtMs: number
  tickVirtualMs: number
}

/**
 * Returns a function that, given the stores' state now, says which events are due since its last
 * call. `now` is real time in milliseconds, for spacing the ticks.
 */
export function createHostEvents(now: () => number): (app: AppState, embed: EmbedState) => PlayerEvent[] {
  const seen: Seen = { announced: null, problem: null, runProblem: null, status: null, stateVirtualMs: 0, done: false, tickAtMs: -Infinity, tickVirtualMs: -1 }
  return (app, embed) => {
    const events: PlayerEvent[] = []
    const showing = embed.phase === 'empty' ? -1 : embed.phase === 'shown' && embed.problem === null ? embed.loads : null
    if (showing !== null && showing !== seen.announced) {
      events.push({ type: 'ready', scenario: showing === -1 ? null : scenarioInfo(app.scenario.document, app.scenario.bundledId) })
      seen.announced = showing
    }
    if (embed.problem !== null && embed.problem !== seen.problem) events.push({ type: 'error', ...embed.problem })
    seen.problem = embed.problem
    const problem = embed.started ? runProblem(app) : null
    if (problem !== null && seen.runProblem === null) events.push({ type: 'error', ...problem })
    seen.runProblem = problem

    const status = playerStatus(app, embed)
    const virtualMs = selectNowMs(app)
    // A paused run moves only by a seek: the host hears where it landed.
    const seeked = status === 'paused' && seen.status === 'paused' && virtualMs !== seen.stateVirtualMs
    if (status !== null && (status !== seen.status || seeked)) {
      events.push({ type: 'state', status, virtualMs })
      seen.stateVirtualMs = virtualMs
    }
    seen.status = status
    const done = status === 'finished'
    if (done && !seen.done) events.push({ type: 'done', virtualMs, counters: runCounters(app) })
    seen.done = done
    if (status === 'playing' && virtualMs !== seen.tickVirtualMs && now() - seen.tickAtMs >= TICK_INTERVAL_MS) {
      events.push({ type: 'tick', virtualMs, durationMs: selectDurationMs(app), counters: runCounters(app) })
      seen.tickAtMs = now()
      seen.tickVirtualMs = virtualMs
    }
    return events
  }
}
