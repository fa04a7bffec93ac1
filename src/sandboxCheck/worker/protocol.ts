/** Messages from the sandbox check's worker to its page: the plan, each case's report as it ends, then the end. */
import type { CaseReport } from '../../sandbox/adversarial/runner.ts'

export type { CaseReport, CheckReport } from '../../sandbox/adversarial/runner.ts'

export type CheckEvent =
  | { type: 'planned'; cases: ReadonlyArray<{ group: string; name: string }> }
  | { type: 'reported'; report: CaseReport }
  | { type: 'finished' }
  /** The sandbox could not even start (e.g. the wasm module failed to load). */
  | { type: 'fatal'; message: string }
