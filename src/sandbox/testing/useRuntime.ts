/**
 * A QuickJS runtime for one test file: created before its tests, every environment booted through
 * it disposed after them.
 */
import { afterAll, beforeAll } from 'vitest'
import type { EnvironmentSpec, RuntimeEnvironment } from '../../engine/runtime/types.ts'
import { createQuickJsRuntime, type QuickJsHandlerRuntime, type QuickJsRuntimeOptions } from '../createQuickJsRuntime.ts'
import { boot, type Booted, type FakeHost } from './fakeHost.ts'

export interface TestRuntime {
  /** Boots an environment of these files (see `boot`) and disposes it after the file's tests. */
  boot(code: Record<string, string>, overrides?: Partial<EnvironmentSpec>, host?: FakeHost): Booted
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
  return {
    boot(code, overrides = {}, host) {
      if (!runtime) throw new Error('useRuntime: boot() is for tests, after beforeAll')
      const booted = boot(runtime, code, overrides, host)
      environments.push(booted.env)
      return booted
    },
  }
}
