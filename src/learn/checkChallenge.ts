/** How the UI (and the tests) run a challenge's check: only on a whole run, and never letting a check's bug escape. */
import type { Challenge, ChallengeCheckInput, ChallengeResult } from './types.ts'

export function checkChallenge(challenge: Challenge, input: ChallengeCheckInput): ChallengeResult {
  if (!input.done) return { solved: false, detail: 'Run the scenario to its end: the check reads the whole run.' }
  try {
    return challenge.check(input)
  } catch (error) {
    return { solved: false, detail: `The check could not read this run: ${error instanceof Error ? error.message : String(error)}` }
  }
}
