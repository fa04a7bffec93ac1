/**
 * The QuickJS handler runtime: users' JavaScript and TypeScript handlers with Lambda's Node.js
 * programming model, each execution environment in its own QuickJS runtime and context. Loading
 * the wasm module is asynchronous (once); creating an environment is synchronous.
 */
import type { EnvironmentHost, EnvironmentSpec, HandlerRuntime, RuntimeEnvironment } from '../engine/runtime/types.ts'
import { QuickJsEnvironment } from './environment.ts'
import { DEFAULT_WATCHDOG_MS, defaultMaxStackBytes } from './limits.ts'
import { ModuleFiles } from './moduleSystem.ts'
import { ModulePool } from './quickjsModule.ts'
import { Transpiler } from './transpile.ts'

export interface QuickJsRuntimeOptions {
  /** Modules every function can `require` or `import` by name, e.g. `@aws-sdk/client-sqs`: CommonJS source. */
  builtinModules?: Readonly<Record<string, string>>
  /**
   * Real milliseconds one synchronous run of user code may take before it is stopped (also never
   * more than the function's timeout, or 10 s during init).
   * @default 1000
   */
  watchdogMs?: number
  /** QuickJS's stack limit per environment. @default 128 KiB in Node, 64 KiB in a browser worker */
  maxStackBytes?: number
}

export interface QuickJsHandlerRuntime extends HandlerRuntime {
  /** Resolves once a wasm module that replaces a failed one has loaded (environments created before that report a crash). */
  settled(): Promise<void>
}

export async function createQuickJsRuntime(options: QuickJsRuntimeOptions = {}): Promise<QuickJsHandlerRuntime> {
  const pool = await ModulePool.create()
  const deps = {
    pool,
    files: new ModuleFiles(options.builtinModules ?? {}),
    transpiler: new Transpiler(),
    watchdogMs: options.watchdogMs ?? DEFAULT_WATCHDOG_MS,
    maxStackBytes: options.maxStackBytes ?? defaultMaxStackBytes(),
  }
  return {
    createEnvironment: (spec: EnvironmentSpec, host: EnvironmentHost): RuntimeEnvironment => new QuickJsEnvironment(spec, host, deps),
    settled: () => pool.settled(),
  }
}
