/**
 * The one schema for scenario documents (contract: shared/scenarios/README.md). It checks every
 * field against the AWS rule or simulation bound it stands for and reports every problem it finds,
 * each with the path of the field and the code of the rule, so the CLI can list them and the
 * editor can underline them.
 */
import { DEFAULT_DURATION_SECONDS, DURATION_MAX_SECONDS, SEED_MAX } from '../facts.ts'
import { Checker, field, isObject, item, type Fields, type Raw } from './check.ts'
import type { FunctionFacts, ScenarioContext } from './context.ts'
import { describeValue } from './describe.ts'
import type { ScenarioError } from './errors.ts'
import { SCENARIO_FORMAT, type Scenario } from './types.ts'
import { checkAccount, checkQueues, checkTopics } from './validateAccount.ts'
import { checkBuckets, checkEventBuses, checkTables } from './validateStores.ts'
import { checkAccountConcurrency } from './validateConcurrency.ts'
import { checkFunction } from './validateFunction.ts'
import { checkLayers } from './validateLayers.ts'
import { checkLayout } from './validateLayout.ts'
import { checkMappingUpdates } from './validateMappingUpdates.ts'
import { checkTargets } from './validateTargets.ts'
import { checkTimeline } from './validateTimeline.ts'
import { checkTraffic } from './validateTraffic.ts'
import { checkPush } from './validatePush.ts'
import { checkSqs } from './validateQueues.ts'
import { checkApis, checkLoadBalancers } from './validateHttp.ts'
import { resourceNamesOf } from './resourceTargets.ts'
import { checkStreams } from './validateStreams.ts'

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] }

/** The path of errors about the document as a whole. */
export const DOCUMENT_PATH = '(document)'

const SCENARIO_FIELDS: Fields<Scenario> = {
  Format: 'required',
  Name: 'required',
  Description: 'optional',
  Seed: 'optional',
  DurationSeconds: 'optional',
  Account: 'optional',
  Layers: 'optional',
  Functions: 'required',
  Queues: 'optional',
  Topics: 'optional',
  Buckets: 'optional',
  Tables: 'optional',
  EventBuses: 'optional',
  Streams: 'optional',
  Rules: 'optional',
  Apis: 'optional',
  LoadBalancers: 'optional',
  EventSourceMappings: 'optional',
  Traffic: 'optional',
  Timeline: 'optional',
  Layout: 'optional',
}

export function validateScenario(doc: unknown): ScenarioResult {
  const c = new Checker()
  if (!isObject(doc)) {
    c.report(DOCUMENT_PATH, 'type', `A scenario is a JSON object, { "Format": "${SCENARIO_FORMAT}", ... } (got ${describeValue(doc)})`)
    return { ok: false, errors: c.errors }
  }
  // First, because a document in another format explains every error after it.
  if (doc.Format !== undefined && doc.Format !== SCENARIO_FORMAT) {
    c.report('Format', 'format', `Format must be "${SCENARIO_FORMAT}", the only scenario format this version reads (got ${describeValue(doc.Format)})`)
  }
  c.object(doc, '', SCENARIO_FIELDS)
  const scenario: Raw<Scenario> = doc
  c.string(scenario.Name, 'Name')
  c.string(scenario.Description, 'Description')
  c.integer(scenario.Seed, 'Seed', { min: 0, max: SEED_MAX, why: 'seeds are unsigned 32-bit integers' })
  const duration = c.number(scenario.DurationSeconds, 'DurationSeconds', {
    above: 0, max: DURATION_MAX_SECONDS, unit: 'seconds', why: 'the simulator runs at most 30 days',
  })
  const account = checkAccount(c, scenario.Account, 'Account')
  // Queues and topics first: destinations and dead-letter queues refer to them.
  const queues = checkQueues(c, scenario.Queues, 'Queues')
  const topics = checkTopics(c, scenario.Topics, 'Topics')
  // Layers before functions too: functions list them.
  const layers = checkLayers(c, scenario.Layers, 'Layers')
  checkBuckets(c, scenario.Buckets, 'Buckets')
  checkTables(c, scenario.Tables, 'Tables')
  checkEventBuses(c, scenario.EventBuses, 'EventBuses')

  const functions: FunctionFacts[] = []
  const byName = new Map<string, FunctionFacts>()
  c.array(scenario.Functions, 'Functions')?.forEach((raw, i) => {
    const fn = checkFunction(c, raw, item('Functions', i), layers)
    if (fn === undefined) return
    functions.push(fn)
    if (fn.name === undefined) return
    if (byName.has(fn.name)) c.report(field(fn.at, 'FunctionName'), 'duplicate', `There is already a function named ${fn.name}; function names are unique in an account and Region`)
    else byName.set(fn.name, fn)
  })

  const ctx: ScenarioContext = {
    c,
    durationSeconds: scenario.DurationSeconds === undefined ? DEFAULT_DURATION_SECONDS : duration,
    region: account.region,
    accountConcurrency: account.concurrency,
    queues,
    topics,
    layers,
    functions: byName,
    resources: resourceNamesOf(doc),
  }
  checkAccountConcurrency(ctx, functions)
  checkTargets(ctx, functions)
  const creations = checkTimeline(ctx, scenario.Timeline, 'Timeline')
  checkTraffic(ctx, scenario.Traffic, 'Traffic', creations)
  checkApis(ctx, scenario.Apis, 'Apis', creations)
  checkLoadBalancers(ctx, scenario.LoadBalancers, 'LoadBalancers', creations)
  checkPush(ctx, scenario, creations)
  const queueFacts = checkSqs(ctx, scenario)
  checkStreams(ctx, scenario)
  checkMappingUpdates(ctx, scenario, queueFacts)
  checkLayout(c, scenario.Layout, 'Layout')

  // Every field has now been checked against types.ts, so the document is the Scenario it claims to be.
  return c.errors.length === 0 ? { ok: true, scenario: doc as unknown as Scenario } : { ok: false, errors: c.errors }
}
