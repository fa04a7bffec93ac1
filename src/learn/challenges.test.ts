/**
 * Every challenge's check, on real runs: false on the original document, true on the smallest edit
 * that solves it, false on a "solution" that games it (no traffic, the function switched off, a
 * wrong setting). Each run is the whole scenario, as the learner's is.
 */
import { describe, expect, test } from 'vitest'
import type { Scenario } from '../engine/api.ts'
import type { FunctionConfig } from '../engine/scenario/types.ts'
import { checkChallenge } from './checkChallenge.ts'
import { LIBRARY } from './library.ts'
import { runScenario } from './testing/runScenario.ts'
import type { ChallengeResult } from './types.ts'

type Edit = (document: Scenario) => void

const fn = (document: Scenario, name: string): FunctionConfig => {
  const found = document.Functions.find((f) => f.FunctionName === name)
  if (!found) throw new Error(`no function ${name}`)
  return found
}
const mapping = (document: Scenario, functionName: string) => {
  const found = document.EventSourceMappings?.find((m) => m.FunctionName === functionName)
  if (!found) throw new Error(`no mapping for ${functionName}`)
  return found
}
const dropTraffic = (index: number): Edit => (document) => { document.Traffic?.splice(index, 1) }

interface Case {
  entry: string
  challenge: string
  solve: Edit
  /** A tempting edit that must not count as solved. */
  game: Edit
  /** What the gamed run's detail must say is missing, where the edit meets every other requirement. */
  refused?: RegExp
}

const CASES: readonly Case[] = [
  { entry: 'reserved-concurrency', challenge: 'no-throttles-keep-reservation',
    solve: (d) => { fn(d, 'orders').ReservedConcurrentExecutions = 40 },
    game: (d) => { delete fn(d, 'orders').ReservedConcurrentExecutions } },
  { entry: 'cold-starts-provisioned', challenge: 'no-cold-starts',
    solve: (d) => { fn(d, 'provisioned').ProvisionedConcurrencyConfigs![0]!.ProvisionedConcurrentExecutions = 60 },
    game: dropTraffic(1) },
  { entry: 'account-limit-contention', challenge: 'protect-checkout',
    solve: (d) => { fn(d, 'checkout').ReservedConcurrentExecutions = 30 },
    game: (d) => { fn(d, 'reports').ReservedConcurrentExecutions = 0 } },
  { entry: 'scaling-spike', challenge: 'serve-the-spike-sooner',
    solve: (d) => { d.Account!.ScalingModel = 'legacy-burst' },
    game: (d) => { d.Account!.ConcurrentExecutions = 6000 } },
  { entry: 'memory-power-tuning', challenge: 'under-a-second',
    solve: (d) => { fn(d, 'resize').MemorySize = 1024 },
    game: (d) => { fn(d, 'resize').MemorySize = 3008 } },
  { entry: 'canary-alias', challenge: 'canary-25',
    solve: (d) => { fn(d, 'checkout').Aliases![0]!.RoutingConfig = { AdditionalVersionWeights: { 2: 0.25 } } },
    game: (d) => { fn(d, 'checkout').Aliases![0]!.RoutingConfig = { AdditionalVersionWeights: { 2: 0.25 } }; d.Traffic = [] } },
  { entry: 'async-retries', challenge: 'no-pointless-retries',
    solve: (d) => { fn(d, 'thumbnail').EventInvokeConfig!.MaximumRetryAttempts = 0 },
    game: (d) => { fn(d, 'thumbnail').ReservedConcurrentExecutions = 0 } },
  { entry: 'async-event-age-and-dlq', challenge: 'nothing-expires',
    solve: (d) => { fn(d, 'resize').ReservedConcurrentExecutions = 10 },
    game: (d) => { delete fn(d, 'resize').EventInvokeConfig!.MaximumEventAgeInSeconds } },
  { entry: 'sqs-batching-and-redrive', challenge: 'fewer-invocations',
    solve: (d) => { mapping(d, 'process-orders').BatchSize = 500 },
    game: (d) => { mapping(d, 'process-orders').Enabled = false } },
  { entry: 'kinesis-poison-record', challenge: 'unblock-the-shard',
    solve: (d) => { mapping(d, 'naive').MaximumRetryAttempts = 2 },
    game: (d) => { mapping(d, 'naive').BisectBatchOnFunctionError = true } },
  { entry: 'sns-fan-out', challenge: 'bill-physical-only',
    solve: (d) => { d.Topics![0]!.Subscriptions![0]!.FilterPolicy = { delivery: ['physical'] } },
    game: (d) => { d.Topics![0]!.Subscriptions!.splice(0, 1) } },
  { entry: 'api-gateway-timeout', challenge: 'stop-paying-for-nobody',
    solve: (d) => { fn(d, 'report').Timeout = 29 },
    game: (d) => { fn(d, 'report').ReservedConcurrentExecutions = 0 } },
  { entry: 'recursive-loop', challenge: 'stop-the-allowed-loop',
    solve: (d) => { fn(d, 'consumer-allowed').RecursiveLoop = 'Terminate' },
    game: (d) => { fn(d, 'consumer-allowed').ReservedConcurrentExecutions = 0 } },
  { entry: 'sqs-provisioned-mode', challenge: 'cheaper-pollers',
    solve: (d) => { mapping(d, 'provisioned-worker').ProvisionedPollerConfig!.MinimumPollers = 2 },
    // Standard scaling bills no pollers and still reaches 500 and deletes every order: refused as not provisioned mode.
    game: (d) => { delete mapping(d, 'provisioned-worker').ProvisionedPollerConfig },
    refused: /^You changed one setting, .*; the mapping is no longer in provisioned mode; its pollers cost \$0\.0000, 100\.0 % less .*; provisioned-worker peaked at 500 .*; 50,000 of 50,000 orders were deleted\.$/ },
  { entry: 'mapping-updates', challenge: 'unblock-sooner',
    solve: (d) => { d.Timeline![2]!.AtSecond = 45 },
    game: (d) => { mapping(d, 'consumer').MaximumRetryAttempts = 2 } },
  { entry: 'mapping-updates', challenge: 'only-the-poison',
    solve: (d) => { mapping(d, 'consumer').BisectBatchOnFunctionError = true },
    game: dropTraffic(2) },
  { entry: 'eventbridge-dead-letter', challenge: 'every-report-runs',
    solve: (d) => { d.Rules![0]!.Targets[0]!.Arn = 'report:1' },
    game: (d) => { d.Rules![0]!.Targets[0]!.RetryPolicy = { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 3600 } } },
  { entry: 'timeouts-remaining-time', challenge: 'reckless-finishes',
    solve: (d) => { fn(d, 'reckless').Timeout = 5 },
    game: (d) => { fn(d, 'reckless').Code = { 'index.mjs': 'export const handler = async () => ({ processed: 0 })\n' } } },
]

function edited(document: Scenario, edit: Edit): Scenario {
  const copy = structuredClone(document)
  edit(copy)
  return copy
}

async function check(entryId: string, challengeId: string, document: Scenario): Promise<ChallengeResult> {
  const entry = LIBRARY.find((e) => e.id === entryId)
  const challenge = entry?.challenges.find((c) => c.id === challengeId)
  if (!challenge) throw new Error(`no challenge ${entryId}/${challengeId}`)
  return checkChallenge(challenge, { document, summary: await runScenario(document), done: true })
}

test('every challenge of the library has a case here', () => {
  const listed = LIBRARY.flatMap((entry) => entry.challenges.map((c) => `${entry.id}/${c.id}`))
  expect(CASES.map((c) => `${c.entry}/${c.challenge}`).sort()).toEqual(listed.sort())
})

describe.each(CASES)('$entry / $challenge', ({ entry, challenge, solve, game, refused }) => {
  const original = LIBRARY.find((e) => e.id === entry)!.document

  test('unsolved on the original document, solved by the smallest edit, not by gaming it', async () => {
    const before = await check(entry, challenge, original)
    expect(before.solved, before.detail).toBe(false)
    const solved = await check(entry, challenge, edited(original, solve))
    expect(solved.solved, solved.detail).toBe(true)
    const gamed = await check(entry, challenge, edited(original, game))
    expect(gamed.solved, gamed.detail).toBe(false)
    if (refused) expect(gamed.detail).toMatch(refused)
    for (const result of [before, solved, gamed]) expect(result.detail.length).toBeGreaterThan(20)
  }, 60_000)
})

test('a check answers "not finished" before the run ends, whatever the summary says', async () => {
  const entry = LIBRARY.find((e) => e.id === 'canary-alias')!
  const solvedDocument = edited(entry.document, CASES.find((c) => c.entry === 'canary-alias')!.solve)
  const summary = await runScenario(solvedDocument)
  expect(checkChallenge(entry.challenges[0]!, { document: solvedDocument, summary, done: false })).toEqual({
    solved: false, detail: 'Run the scenario to its end: the check reads the whole run.',
  })
})
