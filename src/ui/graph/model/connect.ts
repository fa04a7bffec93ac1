/**
 * Connecting two graph nodes: which document edit the connection means, or why Lambda (or the
 * service in front of it) would refuse it. Every edit is also run through the engine's validator:
 * an edit that would add a problem to the document is refused with the validator's own message,
 * so the graph never creates what the engine would not run.
 */
import type { Scenario } from '../../../engine/scenario/types.ts'
import { connectAlias, connectFunction } from './connectFromFunction.ts'
import { connectRouter } from './connectFromRouter.ts'
import { connectSource } from './connectFromSource.ts'
import { refuse, type ConnectionPlan } from './connectionTypes.ts'
import { parseNodeId } from './nodeIds.ts'
import { addedProblems } from './validation.ts'

export interface ConnectOption {
  readonly id: string
  readonly label: string
  /** Why this option is not possible, when it is not. */
  readonly refused?: string
}

export type ConnectResult =
  | { readonly status: 'done'; readonly doc: Scenario; readonly label: string }
  | { readonly status: 'refused'; readonly reason: string }
  /** Several meanings (a queue as on-success or on-failure destination, or dead-letter queue): ask, then call again with `choiceId`. */
  | { readonly status: 'choose'; readonly options: readonly ConnectOption[] }

export function planConnection(doc: Scenario, sourceId: string, targetId: string): ConnectionPlan {
  const source = parseNodeId(sourceId)
  const target = parseNodeId(targetId)
  if (source === undefined || target === undefined) return refuse('Connect two nodes of the graph')
  if (target.kind === 'traffic') return refuse('A traffic generator only sends: drag from the generator to what it should invoke')
  if (sourceId === targetId && source.kind !== 'function') return refuse('Connect two different nodes')
  switch (source.kind) {
    case 'function':
      // Dragging the other way round still means "point the alias here".
      if (target.kind === 'alias' && target.functionName === source.name) return connectAlias(doc, target.functionName, target.alias, source)
      return connectFunction(doc, source.name, target, targetId)
    case 'version':
      if (target.kind === 'alias' && target.functionName === source.functionName) return connectAlias(doc, target.functionName, target.alias, source)
      return refuse('Destinations and dead-letter queues are set on the function, not on one version: drag from the function')
    case 'alias': return connectAlias(doc, source.functionName, source.alias, target)
    case 'queue':
    case 'topic':
    case 'bucket':
    case 'stream':
    case 'table': return connectSource(doc, { kind: source.kind, name: source.name }, target, targetId)
    case 'traffic':
    case 'api':
    case 'loadBalancer':
    case 'rule':
    case 'bus': return connectRouter(doc, source, target, targetId)
    default: {
      const unknown: never = source
      return unknown
    }
  }
}

/** What `after` breaks that `before` did not, as the validator words it; empty when nothing. */
export function newProblems(before: Scenario, after: Scenario): string[] {
  return addedProblems(before, after).map((e) => `${e.path}: ${e.message}`)
}

/** Applies one choice of a plan, refusing it if the validator finds a new problem. */
function tryChoice(doc: Scenario, choice: { label: string; edit: (d: Scenario) => Scenario }): ConnectResult {
  const next = choice.edit(doc)
  const [problem] = newProblems(doc, next)
  return problem === undefined ? { status: 'done', doc: next, label: choice.label } : { status: 'refused', reason: problem }
}

export function connect(doc: Scenario, sourceId: string, targetId: string, choiceId?: string): ConnectResult {
  const plan = planConnection(doc, sourceId, targetId)
  if ('refused' in plan) return { status: 'refused', reason: plan.refused }
  if (choiceId !== undefined) {
    const choice = plan.choices.find((c) => c.id === choiceId)
    return choice === undefined ? { status: 'refused', reason: `No such choice: ${choiceId}` } : tryChoice(doc, choice)
  }
  const tried = plan.choices.map((choice) => ({ choice, result: tryChoice(doc, choice) }))
  const [only] = tried
  if (only !== undefined && tried.length === 1) return only.result
  const possible = tried.filter((t) => t.result.status === 'done')
  if (possible.length === 0) return { status: 'refused', reason: tried.map((t) => (t.result.status === 'refused' ? t.result.reason : '')).join('; ') }
  return {
    status: 'choose',
    options: tried.map(({ choice, result }) => (result.status === 'refused' ? { id: choice.id, label: choice.label, refused: result.reason } : { id: choice.id, label: choice.label })),
  }
}

