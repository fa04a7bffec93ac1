/**
 * The pieces challenges are checked with: findings that each say what the run's metrics show,
 * joined into one verdict, and guards against "solutions" that change more than asked.
 */
import type { FunctionSummary, RunSummary, Scenario } from '../../engine/api.ts'
import { changedSettings } from '../documentDiff.ts'
import type { ChallengeResult } from '../types.ts'

/** One thing a challenge requires, with what the run shows about it. */
export interface Finding {
  readonly ok: boolean
  readonly text: string
}

export const finding = (ok: boolean, text: string): Finding => ({ ok, text })

/** Solved when every finding holds; the detail lists them all, so a learner sees what is still missing. */
export function verdict(findings: readonly Finding[]): ChallengeResult {
  const text = findings.map((f) => f.text).join('; ')
  return { solved: findings.every((f) => f.ok), detail: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` }
}

/** `12,340`: counts as the Monitor tab prints them. */
export const count = (n: number): string => Math.round(n).toLocaleString('en-US')

/** `1 record`, `3 records`: a count with its noun, for details that read as sentences. */
export const countOf = (n: number, noun: string): string => `${count(n)} ${noun}${Math.round(n) === 1 ? '' : 's'}`

export const percent = (share: number): string => `${(share * 100).toFixed(1)} %`

const NO_RUN: FunctionSummary = {
  Invocations: 0, Errors: 0, Throttles: 0, ColdStarts: 0,
  ConcurrentExecutions: { Average: 0, Maximum: 0 }, Environments: { Average: 0, Maximum: 0, Created: 0 },
  Duration: { Average: 0, p50: 0, p99: 0 }, ExecutedVersions: {},
  ProvisionedConcurrencyInvocations: 0, ProvisionedConcurrencySpilloverInvocations: 0,
  AsyncEventsReceived: 0, AsyncEventsDropped: 0, GBSeconds: 0, CostUSD: 0,
}

/** A function's summary; all zeros when the run has no such function (renamed or deleted), so the check fails on its numbers. */
export const functionOf = (summary: RunSummary, name: string): FunctionSummary => summary.Functions[name] ?? NO_RUN

/** Synchronous requests that reached the function: invoked or throttled. */
export const offered = (fn: FunctionSummary): number => fn.Invocations + fn.Throttles

/**
 * "Change one setting": exactly one setting differs from the original, and it is one the challenge
 * allows (`allowed` tests its path, e.g. `Functions[checkout].ReservedConcurrentExecutions`).
 */
export function oneSettingChanged(original: Scenario, edited: Scenario, allowed: (path: string) => boolean, what: string): Finding {
  const changes = changedSettings(original, edited)
  const [only] = changes
  if (only === undefined) return finding(false, 'the document is unchanged')
  if (changes.length > 1) return finding(false, `you changed ${changes.length} settings (${changes.slice(0, 4).join(', ')}${changes.length > 4 ? ', ...' : ''}); one is enough`)
  if (!allowed(only)) return finding(false, `you changed ${only}, but the challenge asks for ${what}`)
  return finding(true, `you changed one setting, ${only}`)
}

/** Any setting will do: for challenges that leave open which one, and judge only by the run. */
export const anySetting = (): boolean => true

/** The path names a setting of this function (`Functions[name]...`). */
export const inFunction = (name: string) => (path: string): boolean => path.startsWith(`Functions[${name}]`)
