/**
 * The library's content is complete and consistent: a lesson for every bundled scenario, the topics
 * of issue 6 covered, quizzes well formed, facts that exist in the fact sheet with the page it cites,
 * presenter actions that name what the document has.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { FACT_PAGES } from '../engine/factPages.ts'
import { formatScenarioErrors } from '../engine/scenario/errors.ts'
import { validateScenario } from '../engine/scenario/validate.ts'
import type { Scenario } from '../engine/api.ts'
import { CATALOG } from './catalog.ts'
import { LESSONS } from './lessons/index.ts'
import { findLibraryEntry, LIBRARY } from './library.ts'
import type { PresenterAction } from './types.ts'

const SCENARIOS = new URL('../../scenarios/', import.meta.url)
const FACT_SHEET = new URL('../../../shared/reference/lambda-facts.md', import.meta.url)

/** Issue 6's topics, each with the entry that teaches it. */
const TOPICS: Record<string, string> = {
  'cold starts and provisioned concurrency': 'cold-starts-provisioned',
  'reserved concurrency, the unreserved minimum and throttling': 'reserved-concurrency',
  'two functions competing for the account limit': 'account-limit-contention',
  'the scaling rate under a spike, and the legacy burst model': 'scaling-spike',
  'memory vs duration vs cost': 'memory-power-tuning',
  'versions and a canary release through a weighted alias, shifted over time': 'canary-rollout',
  'async retries, maximum event age, DLQ vs destinations': 'async-event-age-and-dlq',
  'SQS batching, partial batch responses and redrive': 'sqs-batching-and-redrive',
  'Kinesis ordering and a poison record with bisect': 'kinesis-poison-record',
  'SNS fan-out': 'sns-fan-out',
  "API Gateway's 29-second timeout": 'api-gateway-timeout',
  'ALB multi-value headers': 'alb-multi-value-headers',
  'recursive loop detection': 'recursive-loop',
  'environment reuse and state kept at module scope': 'environment-reuse',
  'timeouts and getRemainingTimeInMillis': 'timeouts-remaining-time',
}

/** The fact sheet's §14: each tag with the address it cites (`GH + file` expands the pinned prefix). */
function factSheetSources(text: string): Map<string, string> {
  const sources = text.slice(text.indexOf('## 14. Sources'))
  const prefix = /GH prefix: `([^`]+)`/.exec(sources)?.[1] ?? ''
  const found = new Map<string, string>()
  for (const match of sources.matchAll(/\[([A-Za-z0-9@.-]+)\]\s+(?:GH \+ `([^`]+)`|(https?:\/\/[^\s;)]+))/g)) {
    const [, tag = '', file, url] = match
    if (!found.has(tag)) found.set(tag, file === undefined ? (url ?? '') : `${prefix}${file}`)
  }
  return found
}

function functionNames(document: Scenario): Set<string> {
  return new Set(document.Functions.map((fn) => fn.FunctionName))
}

/** The names each graph node kind lists in the document (src/ui/graph/model/kinds.ts), for `focus.nodeId`. */
function nodeExists(document: Scenario, nodeId: string): boolean {
  const [kind = '', name = '', qualifier] = nodeId.split(':')
  const fn = document.Functions.find((f) => f.FunctionName === name)
  switch (kind) {
    case 'function': return fn !== undefined
    case 'alias': return fn?.Aliases?.some((alias) => alias.Name === qualifier) ?? false
    case 'version': return fn?.Versions?.some((version) => version.Version === qualifier) ?? false
    case 'queue': return document.Queues?.some((queue) => queue.QueueName === name) ?? false
    case 'topic': return document.Topics?.some((topic) => topic.TopicName === name) ?? false
    case 'stream': return document.Streams?.some((stream) => stream.StreamName === name) ?? false
    default: return false
  }
}

function actionTargetsExist(document: Scenario, action: PresenterAction): boolean {
  switch (action.command) {
    case 'publish':
    case 'setReservedConcurrency': return functionNames(document).has(action.args.functionName)
    case 'shiftAliasWeight': return document.Functions.find((fn) => fn.FunctionName === action.args.functionName)?.Aliases?.some((a) => a.Name === action.args.aliasName) ?? false
    case 'invoke': return functionNames(document).has(action.args.target.split(':')[0] ?? '')
    default: return true
  }
}

test('the library holds at least 15 scenarios, one per scenario file, in the catalog\'s order', () => {
  const files = readdirSync(fileURLToPath(SCENARIOS)).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''))
  expect(LIBRARY.length).toBeGreaterThanOrEqual(15)
  expect(LIBRARY.map((entry) => entry.id).sort()).toEqual(files.sort())
  expect(LIBRARY.map((entry) => entry.id)).toEqual(CATALOG.map((entry) => entry.id))
  expect(Object.keys(LESSONS).sort()).toEqual(CATALOG.map((entry) => entry.id).sort())
  expect(findLibraryEntry('canary-alias')?.title).toBe('A canary behind a weighted alias')
  expect(findLibraryEntry('no-such-scenario')).toBeUndefined()
})

test.each(Object.entries(TOPICS))('issue 6\'s topic "%s" has its entry, %s', (_topic, id) => {
  expect(findLibraryEntry(id)).toBeDefined()
})

test('at least 8 scenarios have challenges, among them the three of the issue', () => {
  expect(LIBRARY.filter((entry) => entry.challenges.length > 0).length).toBeGreaterThanOrEqual(8)
  expect(findLibraryEntry('account-limit-contention')?.challenges[0]?.statement).toMatch(/one setting.*`checkout` is never throttled while `reports` spikes/)
  expect(findLibraryEntry('canary-alias')?.challenges[0]?.statement).toMatch(/canary.*25 %/)
  expect(findLibraryEntry('kinesis-poison-record')?.challenges[0]?.statement).toMatch(/poison record from blocking the shard/)
})

test('at least 10 scenarios have 2 or more questions, and at least 5 a presenter script', () => {
  expect(LIBRARY.filter((entry) => entry.quiz.length >= 2).length).toBeGreaterThanOrEqual(10)
  expect(LIBRARY.filter((entry) => entry.presenter.length > 0).length).toBeGreaterThanOrEqual(5)
})

test('the canary script publishes version 2 and shifts the alias to 50 %', () => {
  const actions = findLibraryEntry('canary-by-hand')?.presenter.flatMap((step) => (step.action ? [step.action] : [])) ?? []
  expect(actions).toContainEqual({ command: 'publish', args: { functionName: 'checkout' } })
  expect(actions).toContainEqual(expect.objectContaining({ command: 'shiftAliasWeight', args: expect.objectContaining({ additionalVersion: '2', weight: 0.5 }) }))
})

test('the lesson on provisioned concurrency shows the validator\'s own error for `$LATEST`', () => {
  const entry = findLibraryEntry('cold-starts-provisioned')!
  const latest = structuredClone(entry.document)
  latest.Functions.find((fn) => fn.FunctionName === 'provisioned')!.ProvisionedConcurrencyConfigs![0]!.Qualifier = '$LATEST'
  const result = validateScenario(latest)
  expect(result.ok).toBe(false)
  const line = formatScenarioErrors(result.ok ? [] : result.errors).split('\n')[1]?.trim() ?? ''
  expect(line).toContain('[provisioned-on-latest]')
  expect(entry.markdown).toContain(line)
})

describe.each(LIBRARY.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
  test('its document is the scenario file, with a title and tags', () => {
    expect(entry.document).toEqual(JSON.parse(readFileSync(new URL(`${id}.json`, SCENARIOS), 'utf8')))
    expect(entry.title.length).toBeGreaterThan(5)
    expect(entry.topics.length).toBeGreaterThan(0)
  })

  test('its lesson is scenarios/<id>.md, with a "What to watch" list and the facts behind it', () => {
    expect(entry.markdown).toBe(readFileSync(new URL(`${id}.md`, SCENARIOS), 'utf8'))
    expect(entry.markdown.startsWith('# ')).toBe(true)
    const watch = /^## What to watch\n\n((?:- .+\n)+)/m.exec(entry.markdown)?.[1] ?? ''
    expect(watch.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2)
    expect(entry.facts.length).toBeGreaterThan(0)
    // Every list item of the section is a fact link: none was written in a form the parser skips.
    const section = entry.markdown.slice(entry.markdown.indexOf('## Facts behind it'))
    expect(section.split('\n').filter((line) => line.startsWith('- ')).length).toBe(entry.facts.length)
  })

  test('each fact names a tag of the fact table, with its page', () => {
    for (const fact of entry.facts) {
      expect(Object.keys(FACT_PAGES), fact.tag).toContain(fact.tag)
      expect(fact.url).toBe(FACT_PAGES[fact.tag as keyof typeof FACT_PAGES])
      expect(fact.text.length).toBeGreaterThan(10)
    }
  })

  test.runIf(existsSync(fileURLToPath(FACT_SHEET)))('each fact is a tag of the fact sheet, citing the same page', () => {
    const sources = factSheetSources(readFileSync(FACT_SHEET, 'utf8'))
    for (const fact of entry.facts) expect(sources.get(fact.tag), fact.tag).toBe(fact.url)
  })

  test('its questions are well formed: one right answer for single, one or more for multiple, every answer explained', () => {
    expect(new Set(entry.quiz.map((q) => q.id)).size).toBe(entry.quiz.length)
    for (const question of entry.quiz) {
      const right = question.answers.filter((answer) => answer.correct).length
      if (question.kind === 'single') expect(right, question.id).toBe(1)
      else expect(right, question.id).toBeGreaterThanOrEqual(1)
      expect(question.answers.length).toBeGreaterThanOrEqual(3)
      expect(new Set(question.answers.map((a) => a.id)).size).toBe(question.answers.length)
      for (const answer of question.answers) expect(answer.explanation.length, `${question.id}/${answer.id}`).toBeGreaterThan(20)
    }
  })

  test('its challenges have a statement and hints', () => {
    expect(new Set(entry.challenges.map((c) => c.id)).size).toBe(entry.challenges.length)
    for (const challenge of entry.challenges) {
      expect(challenge.statement.length).toBeGreaterThan(40)
      expect(challenge.hints.length).toBeGreaterThan(0)
    }
  })

  test('its presenter script acts on, and points at, what the document has', () => {
    for (const step of entry.presenter) {
      expect(step.text.length).toBeGreaterThan(10)
      if (step.action) expect(actionTargetsExist(entry.document, step.action), JSON.stringify(step.action)).toBe(true)
      if (step.focus?.nodeId) expect(nodeExists(entry.document, step.focus.nodeId), step.focus.nodeId).toBe(true)
    }
  })
})
