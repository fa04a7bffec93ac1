/**
 * Runs AWS's own SAM and CloudFormation checkers over template files, offline, through
 * `sam_validate.py`: the AWS SAM translator (what `sam validate` runs) and cfn-lint (what
 * `sam validate --lint` adds). Both are Python packages; they are used where this machine has them
 * (PyPI is out of reach here, so the project cannot install them itself).
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('./sam_validate.py', import.meta.url))
const PYTHON = process.env.PYTHON ?? 'python3'

/**
 * cfn-lint's rules on a runtime's end of life compare its deprecation dates with today's date, so
 * their verdict on the same template changes with the calendar; a test must not. They are reported
 * separately (see `runtimeLifecycle`).
 */
export const CALENDAR_RULES = ['E2531', 'E2533', 'W2531']

export interface LintFinding {
  readonly rule: string
  readonly line: number
  readonly message: string
}

export interface TemplateVerdict {
  /** What `sam validate` would print: the translator's reasons for refusing the template. */
  readonly translator: string[]
  /** What `sam validate --lint` would add: cfn-lint's matches (errors, warnings and informational). */
  readonly lint: LintFinding[]
}

/** Why the checkers cannot run here (a missing Python package), or undefined when they can. */
export function samToolsMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import samtranslator, cfnlint, boto3, yaml'], { encoding: 'utf8' })
  if (probe.error) return `${PYTHON} is not installed (${probe.error.message})`
  if (probe.status !== 0) return `${PYTHON} lacks aws-sam-translator or cfn-lint: ${probe.stderr.trim().split('\n').pop() ?? ''}`
  return undefined
}

/** Checks each template file; `ignore` lists cfn-lint rule ids to leave out. */
export function checkTemplates(paths: readonly string[], ignore: readonly string[] = []): Record<string, TemplateVerdict> {
  const args = [SCRIPT, ...ignore.flatMap((rule) => ['--ignore', rule]), ...paths]
  const run = spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.status !== 0) throw new Error(`sam_validate.py failed (${run.status ?? run.signal}): ${run.stderr}`)
  return JSON.parse(run.stdout) as Record<string, TemplateVerdict>
}
