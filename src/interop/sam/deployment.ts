/**
 * SAM's `AutoPublishAlias` and `DeploymentPreference` as a scenario can show them: each deploy
 * publishes a version and CodeDeploy shifts the alias to it, so the import publishes version 1
 * (the running code) and version 2 (the deploy, same code) and a Timeline shifts the alias
 * from 1 to 2 the way the preference's type says, starting one minute into the run.
 * Types: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html
 */
import type { Action, FunctionConfig, TimelineEntry } from '../../engine/scenario/types.ts'

/** Seconds into the run at which the deployment starts. */
const DEPLOY_AT_SECOND = 60

type Shift = { afterMinutes: number; weight: number }[]

/** The alias's weight on the new version over time, or undefined for a type the importer does not know. */
export function shiftOf(type: string): Shift | undefined {
  if (type === 'AllAtOnce') return [{ afterMinutes: 0, weight: 1 }]
  const canary = /^Canary(\d+)Percent(\d+)Minutes$/.exec(type)
  if (canary) return [{ afterMinutes: 0, weight: Number(canary[1]) / 100 }, { afterMinutes: Number(canary[2]), weight: 1 }]
  const linear = /^Linear(\d+)PercentEvery(\d+)Minutes?$/.exec(type)
  if (linear) {
    const percent = Number(linear[1])
    const every = Number(linear[2])
    const steps: Shift = []
    for (let i = 0, p = percent; p < 100 + percent; i++, p += percent) steps.push({ afterMinutes: i * every, weight: Math.min(1, p / 100) })
    return steps
  }
  return undefined
}

/** Versions 1 and 2, the alias on 1, and the Timeline that shifts it to 2. */
export function applyDeployment(fn: FunctionConfig, alias: string, shift: Shift): TimelineEntry[] {
  fn.Versions = [{ Version: '1' }, { Version: '2' }]
  return shift.map(({ afterMinutes, weight }) => {
    const done: Action = { Action: 'UpdateAlias', FunctionName: fn.FunctionName, Name: alias, FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } }
    const partial: Action = { Action: 'UpdateAlias', FunctionName: fn.FunctionName, Name: alias, RoutingConfig: { AdditionalVersionWeights: { '2': weight } } }
    return { AtSecond: DEPLOY_AT_SECOND + afterMinutes * 60, Do: weight >= 1 ? done : partial }
  })
}
