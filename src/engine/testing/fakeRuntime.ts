/**
 * A scriptable HandlerRuntime for engine tests: each "module" is a plain object standing for one
 * environment's module scope, and the test scripts its init and its handler with callbacks on the
 * EnvironmentHost, so tests can check the lifecycle (creates, inits, reuse, disposal) without a
 * JavaScript sandbox. Callbacks only: a real Promise would settle after the engine's synchronous
 * run, not in virtual time.
 */
import type {
  CodeOutcome, EnvironmentHost, EnvironmentSpec, HandlerRuntime, InvocationContext, RuntimeEnvironment,
} from '../runtime/types.ts'

export type Done = (outcome: CodeOutcome, memoryUsedMb?: number) => void

/** One environment as the fake sees it: its spec, its host, and its module scope. */
export interface FakeModule {
  readonly id: number
  readonly spec: EnvironmentSpec
  readonly host: EnvironmentHost
  /** Module-scope variables: they live as long as the environment. */
  readonly scope: Record<string, number>
  inits: number
  invocations: number
  disposed: boolean
}

export interface FakeCall {
  readonly event: unknown
  readonly context: InvocationContext
  readonly module: FakeModule
  readonly host: EnvironmentHost
  readonly done: Done
}

export interface FakeScript {
  /** Module-scope code; by default it completes at once. */
  init?(module: FakeModule, done: Done): void
  /** The handler; by default it returns null at once. */
  handler?(call: FakeCall): void
  /** Max Memory Used each phase reports. @default 64 */
  memoryUsedMb?: number
}

export interface FakeRuntime extends HandlerRuntime {
  /** Every environment created, in order. */
  readonly modules: FakeModule[]
}

export const succeed = (value: unknown): CodeOutcome => ({ type: 'success', payload: JSON.stringify(value ?? null) })
export const thrown = (errorType: string, errorMessage: string): CodeOutcome => ({
  type: 'error', errorType, errorMessage, trace: [`${errorType}: ${errorMessage}`, '    at Runtime.handler (file:///var/task/index.mjs:1:1)'],
})

/** A handler that awaits `ms` of virtual time (a timer), then returns `value`. */
export function sleepsThenReturns(ms: number, value: unknown = null): FakeScript['handler'] {
  return ({ host, done }) => host.setTimer(ms, () => done(succeed(value)))
}

export function createFakeRuntime(script: FakeScript = {}): FakeRuntime {
  const modules: FakeModule[] = []
  const memory = script.memoryUsedMb ?? 64
  return {
    modules,
    createEnvironment(spec: EnvironmentSpec, host: EnvironmentHost): RuntimeEnvironment {
      const module: FakeModule = { id: modules.length, spec, host, scope: {}, inits: 0, invocations: 0, disposed: false }
      modules.push(module)
      const report = (done: (outcome: CodeOutcome, memoryUsedMb: number) => void): Done => (outcome, memoryUsedMb = memory) => {
        if (module.disposed) throw new Error(`Fake environment ${module.id} reported after it was disposed`)
        done(outcome, memoryUsedMb)
      }
      return {
        init(done) {
          module.inits++
          if (script.init) script.init(module, report(done))
          else done({ type: 'success', payload: 'null' }, memory)
        },
        invoke(eventJson, context, done) {
          module.invocations++
          const event: unknown = JSON.parse(eventJson)
          if (script.handler) script.handler({ event, context, module, host, done: report(done) })
          else done(succeed(null), memory)
        },
        dispose() {
          module.disposed = true
        },
      }
    },
  }
}
