/**
 * Runs adversarial cases against the QuickJS runtime on the fake host. It uses neither the DOM nor
 * Node.js (tsconfig.sandbox.json has neither), so Vitest and the sandbox check page's worker share it.
 */
import type { CodeOutcome, EnvironmentSpec, RuntimeEnvironment } from '../../engine/runtime/types.ts'
import { createQuickJsRuntime, type QuickJsHandlerRuntime } from '../createQuickJsRuntime.ts'
import { boot, payloadOf, runInvoke, type Booted } from '../testing/fakeHost.ts'
import { describeExpected, passes, show, type Check } from './expectations.ts'

/** Short enough that runaway code is stopped quickly. */
export const WATCHDOG_MS = 100
/** For memory bombs: long enough that the memory limits, not the clock, stop them. */
const PATIENT_WATCHDOG_MS = 10_000

/** What a case runs on: two runtimes and helpers that keep every environment for disposal. */
export interface CaseSandbox {
  readonly runtime: QuickJsHandlerRuntime
  readonly patient: QuickJsHandlerRuntime
  /** Real milliseconds, injected: the sandbox's own code may not read the clock (eslint.config.js). */
  now(): number
  /** A new, initialised environment of `code` as index.js. */
  start(code: string, overrides?: Partial<EnvironmentSpec>, on?: QuickJsHandlerRuntime): Booted
  /** A new, initialised environment of several files. */
  bootFiles(files: Record<string, string>, overrides?: Partial<EnvironmentSpec>, on?: QuickJsHandlerRuntime): Booted
  /** Init, then one invocation: the first outcome that is not a success. */
  invokeOnce(code: string, event?: unknown, overrides?: Partial<EnvironmentSpec>): CodeOutcome | undefined
  /** The sandbox still works: a new environment answers 42. */
  healthy(on?: QuickJsHandlerRuntime): unknown
  dispose(): void
}

export interface AdversarialCase {
  group: string
  name: string
  run(sandbox: CaseSandbox): Check[] | Promise<Check[]>
}

export async function openCaseSandbox(now: () => number): Promise<CaseSandbox> {
  const runtime = await createQuickJsRuntime({ watchdogMs: WATCHDOG_MS })
  const patient = await createQuickJsRuntime({ watchdogMs: PATIENT_WATCHDOG_MS })
  const environments: RuntimeEnvironment[] = []
  const bootFiles = (files: Record<string, string>, overrides: Partial<EnvironmentSpec> = {}, on = runtime): Booted => {
    const booted = boot(on, files, overrides)
    environments.push(booted.env)
    return booted
  }
  const start = (code: string, overrides: Partial<EnvironmentSpec> = {}, on = runtime): Booted => bootFiles({ 'index.js': code }, overrides, on)
  return {
    runtime,
    patient,
    now,
    start,
    bootFiles,
    invokeOnce(code, event = {}, overrides = {}) {
      const { env, host, init } = start(code, overrides)
      if (init?.outcome.type !== 'success') return init?.outcome
      return runInvoke(env, host, event)?.outcome
    },
    healthy(on = runtime) {
      const { env, host } = start('exports.handler = async (e) => e.n + 1\n', {}, on)
      return payloadOf(runInvoke(env, host, { n: 41 }))
    },
    dispose() {
      for (const env of environments.splice(0)) env.dispose()
    },
  }
}

/** A case's checks as text, so the report crosses postMessage and reads in a table. */
export interface CheckReport {
  what: string
  expected: string
  got: string
  passed: boolean
}

export interface CaseReport {
  group: string
  name: string
  checks: CheckReport[]
  /** The case threw before it could report its checks. */
  error?: string
  passed: boolean
}

export async function runCase(sandbox: CaseSandbox, adversarialCase: AdversarialCase): Promise<CaseReport> {
  const { group, name } = adversarialCase
  try {
    const checks = (await adversarialCase.run(sandbox)).map((check) => ({
      what: check.what,
      expected: describeExpected(check.expected),
      got: show(check.got),
      passed: passes(check),
    }))
    return { group, name, checks, passed: checks.every((check) => check.passed) }
  } catch (error) {
    return { group, name, checks: [], error: error instanceof Error ? error.message : show(error), passed: false }
  }
}
