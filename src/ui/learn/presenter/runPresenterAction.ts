/**
 * A presenter step's action (src/learn/types.ts `PresenterAction`, plain data) run through the
 * same commands the toolbar, keyboard and panels use, so a scripted "publish version 2" is exactly
 * the Code tab's Publish. The one place that maps the library's action names to commands.
 */
import type { PresenterAction } from '../../../learn/types.ts'
import type { AppServices, Command } from '../../commands/command.ts'
import { invoke } from '../../commands/invoke.ts'
import { pause } from '../../commands/pause.ts'
import { play } from '../../commands/play.ts'
import { publish } from '../../commands/publish.ts'
import { reset } from '../../commands/reset.ts'
import { setReservedConcurrency } from '../../commands/setReservedConcurrency.ts'
import { setSpeed } from '../../commands/setSpeed.ts'
import { shiftAliasWeight } from '../../commands/shiftAliasWeight.ts'
import { step } from '../../commands/step.ts'
import type { AppState, AppStore } from '../../store/appStore.ts'

export type ActionOutcome = { ok: true; detail: string | null } | { ok: false; error: string }

/** A command with its argument bound, ready to run. */
interface Bound {
  command: Command<never>
  run: (app: AppServices) => void | Promise<void>
}

const bind = <A>(command: Command<A>, arg: A): Bound => ({ command: command as Command<never>, run: (app) => command.run(app, arg) })

function bound(action: PresenterAction): Bound {
  switch (action.command) {
    case 'play': return bind(play, undefined)
    case 'pause': return bind(pause, undefined)
    case 'step': return bind(step, undefined)
    case 'reset': return bind(reset, undefined)
    case 'setSpeed': return bind(setSpeed, action.args.speed)
    case 'publish': return bind(publish, action.args.functionName)
    case 'shiftAliasWeight': return bind(shiftAliasWeight, { ...action.args })
    case 'setReservedConcurrency': return bind(setReservedConcurrency, { ...action.args })
    case 'invoke': return bind(invoke, { ...action.args })
    default: {
      const unknown: never = action
      return unknown
    }
  }
}

/** How long a step waits for a scenario that is still loading (after a scripted reset) before giving up. */
export const LOAD_WAIT_MS = 10_000

/**
 * Runs `action` and says how it went: the engine's answer ("Published version 2"), or why it could
 * not run: Lambda's refusal, a command that cannot run now, an exception.
 */
export async function runPresenterAction(app: AppServices, action: PresenterAction): Promise<ActionOutcome> {
  const { command, run } = bound(action)
  await untilLoaded(app.store, LOAD_WAIT_MS)
  const state = app.store.getState()
  if (!command.canRun(state)) return { ok: false, error: `${command.label} cannot run now: ${whyNot(state)}.` }
  const lastNotice = state.live.notices.at(-1)?.id ?? 0
  try {
    await run(app)
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  // Commands report what the engine answered, or refused, as notices in the status line.
  const notices = app.store.getState().live.notices.filter((notice) => notice.id > lastNotice)
  const refusal = notices.find((notice) => notice.kind === 'error')
  if (refusal) return { ok: false, error: refusal.message }
  return { ok: true, detail: notices.at(-1)?.message ?? null }
}

function whyNot(state: AppState): string {
  if (state.live.fatal !== null) return `the run stopped (${state.live.fatal})`
  if (state.scenario.status === 'loading') return 'the scenario is still loading'
  if (state.scenario.status === 'failed') return 'the scenario has problems to fix first'
  if (state.live.done) return 'the run has finished (Reset starts it again)'
  if (state.live.playing) return 'the run is playing'
  return 'the run is paused'
}

function untilLoaded(store: AppStore, timeoutMs: number): Promise<void> {
  if (store.getState().scenario.status !== 'loading') return Promise.resolve()
  return new Promise((resolve) => {
    const stop = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(stop, timeoutMs)
    const unsubscribe = store.subscribe((state) => {
      if (state.scenario.status !== 'loading') stop()
    })
  })
}
