/**
 * A QuickJS runtime for one test file: created before its tests, every environment booted through
 * it disposed after them.
 */
import { afterAll, beforeAll } from 'vitest'
import type { CodeOutcome, EnvironmentSpec, RuntimeEnvironment } from '../../engine/runtime/types.ts'
import { createQuickJsRuntime, type QuickJsHandlerRuntime, type QuickJsRuntimeOptions } from '../createQuickJsRuntime.ts'
import { boot, type Booted, type FakeHost, runInvoke } from './fakeHost.ts'

export interface TestRuntime {
  /** Boots an environment of these files (see `boot`) and disposes it after the file's tests. */
  boot(code: Record<string, string>, overrides?: Partial<EnvironmentSpec>, host?: FakeHost): Booted
  /** Boots an environment of these files and invokes it once: the invocation's outcome, or Init's if Init failed. */
  invokeOnce(code: Record<string, string>, event?: unknown): CodeOutcome | undefined
}

export function useRuntime(options: QuickJsRuntimeOptions = {}): TestRuntime {
  let runtime: QuickJsHandlerRuntime | undefined
  const environments: RuntimeEnvironment[] = []
  beforeAll(async () => {
    runtime = await createQuickJsRuntime(options)
  })
  afterAll(() => {
    for (const env of environments) env.dispose()
  })
  const testRuntime: TestRuntime = {
    boot(code, overrides = {}, host) {
      if (!runtime) throw new Error('useRuntime: boot() is for tests, after beforeAll')
      const booted = boot(runtime, code, overrides, host)
      environments.push(booted.env)
      return booted
    },
    invokeOnce(code, event = {}) {
      const booted = testRuntime.boot(code)
      if (booted.init?.outcome.type !== 'success') return booted.init?.outcome
      return runInvoke(booted.env, booted.host, event)?.outcome
    },
  }
  return testRuntime
}
