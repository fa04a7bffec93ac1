/** What connecting two nodes would do: one or more document edits to choose from, or Lambda's refusal. */
import type { Scenario } from '../../../engine/scenario/types.ts'
import type { NodeRef } from './nodeIds.ts'

export interface ConnectionChoice {
  /** Stable id for menus and tests: `OnSuccess`, `OnFailure`, `DeadLetterConfig`, `primary`, ... */
  readonly id: string
  /** What the connection creates, in AWS's words: "On-failure destination", "Event source mapping". */
  readonly label: string
  readonly edit: (doc: Scenario) => Scenario
}

export type ConnectionPlan =
  | { readonly refused: string }
  | { readonly choices: readonly ConnectionChoice[] }

export const refuse = (refused: string): ConnectionPlan => ({ refused })
export const choices = (...list: ConnectionChoice[]): ConnectionPlan => ({ choices: list })
export const edit = (id: string, label: string, change: (doc: Scenario) => Scenario): ConnectionChoice => ({ id, label, edit: change })

/** What Lambda invokes: a function, one of its versions, or an alias. */
export const isInvokable = (target: NodeRef): boolean => target.kind === 'function' || target.kind === 'version' || target.kind === 'alias'
