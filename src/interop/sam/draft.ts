/** The scenario being assembled from a template, resource by resource. */
import type {
  ApiConfig, BucketConfig, EventBusConfig, EventSourceMappingConfig, FunctionConfig, QueueConfig, RuleConfig, Scenario, StreamConfig,
  TableConfig, TimelineEntry, TopicConfig,
} from '../../engine/scenario/types.ts'
import { SCENARIO_FORMAT } from '../../engine/scenario/types.ts'
import type { ImportFinding } from './props.ts'

export interface Draft {
  readonly functions: Map<string, FunctionConfig>
  readonly queues: Map<string, QueueConfig>
  readonly topics: Map<string, TopicConfig>
  readonly buckets: Map<string, BucketConfig>
  readonly tables: Map<string, TableConfig>
  readonly streams: Map<string, StreamConfig>
  readonly eventBuses: Map<string, EventBusConfig>
  readonly apis: Map<string, ApiConfig>
  readonly rules: RuleConfig[]
  readonly mappings: EventSourceMappingConfig[]
  readonly timeline: TimelineEntry[]
  readonly findings: ImportFinding[]
}

export function createDraft(): Draft {
  return {
    functions: new Map(), queues: new Map(), topics: new Map(), buckets: new Map(), tables: new Map(), streams: new Map(),
    eventBuses: new Map(), apis: new Map(), rules: [], mappings: [], timeline: [], findings: [],
  }
}

const listed = <T>(values: Iterable<T>): T[] | undefined => {
  const list = [...values]
  return list.length === 0 ? undefined : list
}

/** The draft as a scenario document; empty sections are left out. */
export function scenarioOf(draft: Draft, name: string, description: string): Scenario {
  const scenario: Scenario = { Format: SCENARIO_FORMAT, Name: name, Description: description, Functions: [...draft.functions.values()] }
  const sections = {
    Queues: listed(draft.queues.values()), Topics: listed(draft.topics.values()), Buckets: listed(draft.buckets.values()),
    Tables: listed(draft.tables.values()), Streams: listed(draft.streams.values()), EventBuses: listed(draft.eventBuses.values()), Apis: listed(draft.apis.values()),
    Rules: listed(draft.rules), EventSourceMappings: listed(draft.mappings), Timeline: listed(draft.timeline),
  }
  for (const [key, value] of Object.entries(sections)) if (value) Object.assign(scenario, { [key]: value })
  return scenario
}
