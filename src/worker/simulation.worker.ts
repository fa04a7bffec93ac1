/**
 * The simulation's Web Worker: a thin shell. It decodes commands, runs the engine and posts events;
 * pacing decisions live in ./driver.ts. It is the one place that reads real time, because it lives
 * outside src/engine and only decides how far the engine's virtual clock should go.
 */
import type { Scenario, Simulation, SimulationOptions } from '../engine/api.ts'
import { parseScenario } from '../engine/scenario/load.ts'
import { openSimulation } from '../host/openSimulation.ts'
import * as driver from './driver.ts'
import { PROTOCOL_VERSION, type LoadCommand, type Speed, type WorkerCommand, type WorkerEvent } from './protocol.ts'

/** At most one snapshot per display frame. */
const SNAPSHOT_INTERVAL_MS = 16
/** The summary sorts every duration for its percentiles, so it rides along less often. */
const SUMMARY_INTERVAL_MS = 250
const PACED_TICK_MS = 16
/** Environments per snapshot: a spike can start thousands, and every snapshot is copied to the page. */
const SNAPSHOT_ENVIRONMENTS = 256

interface Run {
  scenario: Scenario
  options: SimulationOptions
  simulation: Simulation
  driver: driver.Driver
  lastSnapshotMs: number | null
  lastSummaryMs: number | null
}

let run: Run | null = null
let speed: Speed = driver.DEFAULT_SPEED
let tickPending = false
// A posted message yields to queued commands without the 4 ms clamp that nested timeouts get.
const maxSpeedChannel = new MessageChannel()
maxSpeedChannel.port1.onmessage = () => guarded(tick)

function post(event: WorkerEvent): void {
  postMessage(event)
}

function fatal(message: string): void {
  run = null
  post({ v: PROTOCOL_VERSION, type: 'fatal', message })
}

/** Exceptions in a worker's handlers never reach the page on their own, so report them. */
function guarded(work: () => void): void {
  try {
    work()
  } catch (error) {
    fatal(error instanceof Error ? error.message : String(error))
  }
}

/** Loads are numbered: opening a run may wait for the handler runtime, and a newer load must win. */
let loads = 0

function start(scenario: Scenario, options: SimulationOptions): void {
  const load = ++loads
  run?.simulation.dispose()
  run = null
  openSimulation(scenario, options).then((simulation) => {
    if (load !== loads) {
      simulation.dispose()
      return
    }
    run = { scenario, options, simulation, driver: driver.createDriver(simulation.durationMs, speed), lastSnapshotMs: null, lastSummaryMs: null }
    post({
      v: PROTOCOL_VERSION, type: 'loaded', scenarioName: scenario.Name, description: scenario.Description ?? '',
      snapshot: simulation.snapshot(SNAPSHOT_ENVIRONMENTS), summary: simulation.summary(),
    })
  }, (error: unknown) => fatal(`The handler runtime could not start: ${error instanceof Error ? error.message : String(error)}`))
}

function load(command: LoadCommand): void {
  const parsed = parseScenario(command.scenarioText)
  if (!parsed.ok) {
    run = null
    post({ v: PROTOCOL_VERSION, type: 'loadFailed', problems: parsed.errors })
    return
  }
  const options: SimulationOptions = {}
  if (command.seed !== undefined) options.seed = command.seed
  if (command.durationSeconds !== undefined) options.durationSeconds = command.durationSeconds
  start(parsed.scenario, options)
}

/** Posts the run's state; `force` for answers to commands, otherwise only when a frame has passed. */
function report(current: Run, force: boolean): void {
  const now = performance.now()
  if (!force && !driver.isDue(current.lastSnapshotMs, now, SNAPSHOT_INTERVAL_MS)) return
  current.lastSnapshotMs = now
  const withSummary = force || driver.isDue(current.lastSummaryMs, now, SUMMARY_INTERVAL_MS)
  if (withSummary) current.lastSummaryMs = now
  post({
    v: PROTOCOL_VERSION, type: 'snapshot', snapshot: current.simulation.snapshot(SNAPSHOT_ENVIRONMENTS), playing: current.driver.playing,
    ...(withSummary ? { summary: current.simulation.summary() } : {}),
  })
}

function finish(current: Run): void {
  current.driver = driver.pause(current.driver)
  const summary = current.simulation.summary()
  post({ v: PROTOCOL_VERSION, type: 'snapshot', snapshot: current.simulation.snapshot(SNAPSHOT_ENVIRONMENTS), playing: false, summary })
  post({ v: PROTOCOL_VERSION, type: 'done', summary })
}

function scheduleTick(current: Run): void {
  if (tickPending || !current.driver.playing) return
  tickPending = true
  if (current.driver.speed === 'max') maxSpeedChannel.port2.postMessage(null)
  else setTimeout(() => guarded(tick), PACED_TICK_MS)
}

function tick(): void {
  tickPending = false
  const current = run
  if (!current?.driver.playing) return
  const startedMs = performance.now()
  current.driver = driver.tick(current.driver, startedMs)
  current.simulation.runUntil(current.driver.targetMs)
  if (current.driver.speed === 'max') current.driver = driver.recordSliceCost(current.driver, performance.now() - startedMs)
  if (current.simulation.done) {
    finish(current)
    return
  }
  report(current, false)
  scheduleTick(current)
}

function handle(command: WorkerCommand): void {
  if (command.type === 'load') {
    load(command)
    return
  }
  if (command.type === 'setSpeed') speed = command.speed
  // Every other command acts on a loaded run; without one there is nothing to act on.
  const current = run
  if (!current) return
  switch (command.type) {
    case 'play':
      if (current.simulation.done) return
      current.driver = driver.play(current.driver, performance.now())
      report(current, true)
      scheduleTick(current)
      return
    case 'pause':
      current.driver = driver.pause(current.driver)
      report(current, true)
      return
    case 'step':
      current.driver = driver.step(current.driver, command.virtualMs)
      current.simulation.runUntil(current.driver.targetMs)
      if (current.simulation.done) finish(current)
      else report(current, true)
      return
    case 'setSpeed':
      current.driver = driver.setSpeed(current.driver, command.speed, performance.now())
      scheduleTick(current)
      return
    case 'reset':
      start(current.scenario, current.options)
      return
    default: {
      const unknown: never = command
      fatal(`Unknown command ${JSON.stringify(unknown)}`)
    }
  }
}

addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== PROTOCOL_VERSION) {
    fatal(`The page speaks another protocol version than this worker (${PROTOCOL_VERSION}); reload the page.`)
    return
  }
  guarded(() => handle(data as WorkerCommand))
})

post({ v: PROTOCOL_VERSION, type: 'ready' })
