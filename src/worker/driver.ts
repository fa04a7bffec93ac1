/**
 * The simulation driver: everything the worker does, minus the worker. It owns one run, answers
 * commands, paces virtual time (./pacing.ts) and posts frames at most once per display frame. Real
 * time, timers and the handler runtime come in through `DriverHost`, so Node tests drive it whole.
 */
import type { Scenario, Simulation, SimulationOptions } from '../engine/api.ts'
import { validateScenario } from '../engine/scenario/validate.ts'
import * as pacing from './pacing.ts'
import {
  PROTOCOL_VERSION, type ApplyCommand, type Frame, type InvokeCommand, type LoadCommand, type Speed, type WorkerCommand, type WorkerEvent,
} from './protocol.ts'
import { checkInvocation, startInvocation, type WatchedInvocation } from './testInvocations.ts'
import { buildViews, createViewState, type ViewState } from './views/buildViews.ts'
import type { ViewRequests } from './views/types.ts'

/** At most one frame per display frame. */
export const FRAME_INTERVAL_MS = 16
/** The summary sorts every duration for its percentiles, so it rides along less often. */
export const SUMMARY_INTERVAL_MS = 250
/**
 * Environments listed in each frame's snapshot: none. The per-function counts travel every frame;
 * the list itself (a spike starts thousands, and every frame is copied to the page) only in the
 * Environments view, while that panel watches it.
 */
const SNAPSHOT_ENVIRONMENTS = 0
/** Frames posted but not yet drawn by the page beyond which paced frames wait (answers to commands never wait). */
export const MAX_UNACKED_FRAMES = 2
/** Virtual time a paused run advances per step while a test invocation runs to its end. */
export const INVOCATION_STEP_MS = 10
/**
 * Virtual time simulated between two looks at a tick's real-time budget (pacing.SLICE_BUDGET_REAL_MS):
 * a tick that overruns it stops there, so commands (pause!) are read again within about one
 * invocation's real cost, even when handlers spin until the sandbox's watchdog stops them.
 */
export const BUDGET_STEP_VIRTUAL_MS = 100
/** Test invocations followed at once; the oldest is given up beyond this. */
const MAX_WATCHED = 20

export interface DriverHost {
  post(event: WorkerEvent): void
  /** Real milliseconds (the worker's `performance.now`). */
  now(): number
  /** Calls `tick` again soon: after a paced interval, or as soon as queued commands were read at max speed. */
  schedule(tick: () => void, speed: Speed): void
  open(scenario: Scenario, options: SimulationOptions): Promise<Simulation>
}

interface Run {
  scenario: Scenario
  simulation: Simulation
  /** Where the views the panels watch stand (./views): rebuilt on their own intervals. */
  viewState: ViewState
  pacing: pacing.Pacing
  lastFrameMs: number | null
  lastSummaryMs: number | null
}

export interface Driver {
  handle(command: WorkerCommand): void
}

export function createDriver(host: DriverHost): Driver {
  let run: Run | null = null
  let speed: Speed = pacing.DEFAULT_SPEED
  let views: ViewRequests = {}
  let watched: WatchedInvocation[] = []
  let tickPending = false
  let nextSeq = 0
  let ackedSeq = -1
  // Opening a run may wait for the handler runtime: loads are numbered and the newest wins.
  let loads = 0
  const post = (event: WorkerEvent) => host.post(event)
  const v = PROTOCOL_VERSION

  const fatal = (message: string) => {
    run?.simulation.dispose()
    run = null
    post({ v, type: 'fatal', message })
  }
  /** Exceptions in a worker's handlers never reach the page on their own, so report them. */
  const guarded = (work: () => void) => {
    try {
      work()
    } catch (error) {
      fatal(error instanceof Error ? error.message : String(error))
    }
  }

  /** `force` (answers to commands) builds every watched view and the summary, so the page shows exactly what the command left. */
  const frameOf = (current: Run, force: boolean, withSummary = force): Frame => ({
    seq: nextSeq++,
    playing: current.pacing.playing,
    snapshot: current.simulation.snapshot(SNAPSHOT_ENVIRONMENTS),
    ...(withSummary ? { summary: current.simulation.summary() } : {}),
    views: buildViews(current.simulation, current.scenario, views, current.viewState, host.now(), force),
  })

  /** Posts the run's state; `force` for answers to commands, otherwise only once a display frame has passed. */
  const report = (current: Run, force: boolean) => {
    const now = host.now()
    if (!force && (!pacing.isDue(current.lastFrameMs, now, FRAME_INTERVAL_MS) || nextSeq - 1 - ackedSeq >= MAX_UNACKED_FRAMES)) return
    current.lastFrameMs = now
    const withSummary = force || pacing.isDue(current.lastSummaryMs, now, SUMMARY_INTERVAL_MS)
    if (withSummary) current.lastSummaryMs = now
    answerEndedInvocations(current)
    post({ v, type: 'frame', frame: frameOf(current, force, withSummary) })
  }

  const answerEndedInvocations = (current: Run) => {
    watched = watched.filter((watch) => {
      const outcome = checkInvocation(current.simulation, watch)
      if (outcome) post({ v, type: 'invoked', outcome, pending: false })
      return outcome === null
    })
  }

  const finish = (current: Run) => {
    current.pacing = pacing.pause(current.pacing)
    answerEndedInvocations(current)
    for (const watch of watched.splice(0)) {
      const outcome = { requestId: watch.requestId, response: watch.response, logTail: [], error: 'The run reached its end before the invocation did; reset to invoke again.' }
      post({ v, type: 'invoked', outcome, pending: false })
    }
    const frame = frameOf(current, true)
    post({ v, type: 'frame', frame })
    post({ v, type: 'done', summary: frame.summary ?? current.simulation.summary() })
  }

  const scheduleTick = (current: Run) => {
    if (tickPending || !current.pacing.playing) return
    tickPending = true
    host.schedule(() => guarded(tick), current.pacing.speed)
  }

  const tick = () => {
    tickPending = false
    const current = run
    if (!current?.pacing.playing) return
    const startedMs = host.now()
    current.pacing = pacing.tick(current.pacing, startedMs)
    const reachedMs = runWithinBudget(current.simulation, current.pacing.targetMs, startedMs)
    current.pacing = pacing.fallBehind(current.pacing, reachedMs)
    if (current.pacing.speed === 'max') current.pacing = pacing.recordSliceCost(current.pacing, host.now() - startedMs)
    if (current.simulation.done) {
      finish(current)
      return
    }
    report(current, false)
    scheduleTick(current)
  }

  /** Runs towards `targetMs` in steps until the tick's real-time budget is spent; returns the virtual time reached. */
  const runWithinBudget = (simulation: Simulation, targetMs: number, startedMs: number): number => {
    let reachedMs = simulation.nowMs
    while (reachedMs < targetMs) {
      reachedMs = Math.min(targetMs, reachedMs + BUDGET_STEP_VIRTUAL_MS)
      simulation.runUntil(reachedMs)
      if (host.now() - startedMs >= pacing.SLICE_BUDGET_REAL_MS) break
    }
    return reachedMs
  }

  const start = (scenario: Scenario, options: SimulationOptions) => {
    const load = ++loads
    run?.simulation.dispose()
    run = null
    watched = []
    host.open(scenario, options).then((simulation) => {
      if (load !== loads) {
        simulation.dispose()
        return
      }
      const current: Run = {
        scenario, simulation, viewState: createViewState(), pacing: pacing.createPacing(simulation.durationMs, speed), lastFrameMs: null, lastSummaryMs: null,
      }
      run = current
      guarded(() => post({ v, type: 'loaded', frame: frameOf(current, true) }))
    }, (error: unknown) => fatal(`The handler runtime could not start: ${error instanceof Error ? error.message : String(error)}`))
  }

  const load = (command: LoadCommand) => {
    const validated = validateScenario(command.scenario)
    if (!validated.ok) {
      loads++
      run?.simulation.dispose()
      run = null
      post({ v, type: 'loadFailed', problems: validated.errors })
      return
    }
    const options: SimulationOptions = {}
    if (command.seed !== undefined) options.seed = command.seed
    if (command.durationSeconds !== undefined) options.durationSeconds = command.durationSeconds
    start(validated.scenario, options)
  }

  const apply = (current: Run, command: ApplyCommand) => {
    const result = current.simulation.apply(command.action)
    post({ v, type: 'applied', requestId: command.requestId, action: command.action, result })
    report(current, true)
  }

  const invoke = (current: Run, command: InvokeCommand) => {
    if (current.simulation.done) {
      const outcome = { requestId: command.requestId, response: { StatusCode: 0 }, logTail: [], error: 'The run has reached its end; reset to invoke again.' }
      post({ v, type: 'invoked', outcome, pending: false })
      return
    }
    const { outcome, watch } = startInvocation(current.simulation, command)
    const pending = watch !== null && outcome.report === undefined && outcome.error === undefined
    post({ v, type: 'invoked', outcome, pending })
    if (!pending) return
    watched = [...watched, watch].slice(-MAX_WATCHED)
    // Paused, a synchronous test would wait forever: run the world on until it answers, as the console does.
    if (!current.pacing.playing && watch.sync) runUntilAnswered(current, watch)
    else report(current, true)
  }

  const runUntilAnswered = (current: Run, watch: WatchedInvocation) => {
    while (!current.simulation.done && watched.includes(watch) && checkInvocation(current.simulation, watch) === null) {
      current.simulation.runUntil(current.simulation.nowMs + INVOCATION_STEP_MS)
    }
    current.pacing = pacing.catchUp(current.pacing, current.simulation.nowMs)
    if (current.simulation.done) finish(current)
    else report(current, true)
  }

  const answerWithoutRun = (command: WorkerCommand) => {
    const error = 'No run is loaded: the scenario is loading or cannot run.'
    if (command.type === 'apply') post({ v, type: 'applied', requestId: command.requestId, action: command.action, result: { ok: false, error } })
    if (command.type === 'invoke') post({ v, type: 'invoked', outcome: { requestId: command.requestId, response: { StatusCode: 0 }, logTail: [], error }, pending: false })
  }

  const handle = (command: WorkerCommand) => {
    switch (command.type) {
      case 'load':
        load(command)
        return
      case 'watch':
        views = command.views
        if (run) report(run, true)
        return
      case 'ack':
        ackedSeq = Math.max(ackedSeq, command.seq)
        return
      case 'setSpeed':
        speed = command.speed
        break
      default:
        break
    }
    // Every other command acts on a loaded run; without one there is nothing to act on, but requests still get their answer.
    const current = run
    if (!current) {
      answerWithoutRun(command)
      return
    }
    switch (command.type) {
      case 'play':
        if (current.simulation.done) return
        current.pacing = pacing.play(current.pacing, host.now())
        report(current, true)
        scheduleTick(current)
        return
      case 'pause':
        current.pacing = pacing.pause(current.pacing)
        report(current, true)
        return
      case 'step':
        current.pacing = pacing.step(current.pacing, command.virtualMs)
        current.simulation.runUntil(current.pacing.targetMs)
        if (current.simulation.done) finish(current)
        else report(current, true)
        return
      case 'setSpeed':
        current.pacing = pacing.setSpeed(current.pacing, command.speed, host.now())
        scheduleTick(current)
        return
      case 'apply':
        apply(current, command)
        return
      case 'invoke':
        invoke(current, command)
        return
      default: {
        const unknown: never = command
        fatal(`Unknown command ${JSON.stringify(unknown)}`)
      }
    }
  }

  return { handle: (command) => guarded(() => handle(command)) }
}
