import type { PresenterAction } from '../../../learn/types.ts'
import { SPEED_OPTIONS } from '../../run/speeds.ts'

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`

/** A step's action in words, shown on the step card before and while it runs. */
export function describeAction(action: PresenterAction): string {
  switch (action.command) {
    case 'play': return 'Play the run'
    case 'pause': return 'Pause the run'
    case 'step': return 'Step the run by one second'
    case 'reset': return 'Reset the run to 0:00'
    case 'setSpeed': {
      const { speed } = action.args
      const offered = SPEED_OPTIONS.find((option) => option.speed === speed)?.label
      return `Set the speed to ${offered ?? (speed === 'max' ? 'Max' : `${speed / 1000}×`)}`
    }
    case 'publish': return `Publish a new version of ${action.args.functionName}`
    case 'shiftAliasWeight': {
      const { functionName, aliasName, functionVersion, additionalVersion, weight } = action.args
      return additionalVersion === null
        ? `Point ${functionName}:${aliasName} at version ${functionVersion} only`
        : `Route ${percent(weight)} of ${functionName}:${aliasName} to version ${additionalVersion}, ${percent(1 - weight)} to version ${functionVersion}`
    }
    case 'setReservedConcurrency': {
      const { functionName, reserved } = action.args
      return reserved === null ? `Remove ${functionName}'s reserved concurrency` : `Reserve ${reserved} concurrent executions for ${functionName}`
    }
    case 'invoke': return `Invoke ${action.args.target} (${action.args.invocationType === 'Event' ? 'asynchronously' : 'synchronously'})`
    default: {
      const unknown: never = action
      return unknown
    }
  }
}
