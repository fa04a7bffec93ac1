/** The graph's nodes: one per resource, version, alias and traffic generator in the document. */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import { MEMORY_DEFAULT_MB, TIMEOUT_DEFAULT_SECONDS } from '../../../engine/facts.ts'
import { looksLikeResourceTarget } from '../../../engine/scenario/resourceTargets.ts'
import type { ArrivalProcess, Scenario, TrafficConfig } from '../../../engine/scenario/types.ts'
import { field, item } from './documentPath.ts'
import type { GraphNode } from './graphTypes.ts'
import { DEFAULT_BUS, NAMED_KINDS, NAMED_KIND_LIST, entriesOf, nameOf, type Entry, type NamedKind } from './kinds.ts'
import { aliasNodeId, functionNodeId, namedNodeId, trafficNodeId, versionNodeId } from './nodeIds.ts'


export function describeArrivals(arrivals: ArrivalProcess | undefined): string {
  if (arrivals === undefined || typeof arrivals !== 'object') return 'no arrivals'
  switch (arrivals.Process) {
    case 'constant': return `${formatNumber(arrivals.RatePerSecond)} rps`
    case 'poisson': return `~${formatNumber(arrivals.RatePerSecond)} rps`
    case 'ramp': return `${formatNumber(arrivals.FromRatePerSecond)}→${formatNumber(arrivals.ToRatePerSecond)} rps`
    case 'burst': return `${formatNumber(arrivals.Count)} at ${formatNumber(arrivals.AtSecond)} s`
    case 'step': return `${arrivals.Steps?.length ?? 0} steps`
    case 'sine': return `${formatNumber(arrivals.MeanRatePerSecond)}±${formatNumber(arrivals.AmplitudePerSecond)} rps`
    case 'replay': return 'replay'
    default: return 'arrivals'
  }
}

/** How a traffic entry invokes: its InvocationType for a function, `requests` for a resource (which invokes in its own way). */
export function trafficMode(traffic: TrafficConfig): string {
  return typeof traffic.Target === 'string' && looksLikeResourceTarget(traffic.Target) ? 'requests' : (traffic.InvocationType ?? 'RequestResponse')
}

function trafficNode(traffic: TrafficConfig, index: number): GraphNode {
  return {
    id: trafficNodeId(index), kind: 'traffic', label: `Traffic ${index + 1}`,
    detail: `${describeArrivals(traffic.Arrivals)} · ${trafficMode(traffic)}`, path: item('Traffic', index),
  }
}

/** The settings a glance should show, per kind; absent settings show their AWS default. */
function detailOf(kind: NamedKind, entry: Entry): string {
  switch (kind) {
    case 'function': {
      const memory = typeof entry.MemorySize === 'number' ? entry.MemorySize : MEMORY_DEFAULT_MB
      const timeout = typeof entry.Timeout === 'number' ? entry.Timeout : TIMEOUT_DEFAULT_SECONDS
      const reserved = typeof entry.ReservedConcurrentExecutions === 'number' ? ` · reserved ${formatNumber(entry.ReservedConcurrentExecutions)}` : ''
      return `${formatNumber(memory)} MB · ${formatNumber(timeout)} s${reserved}`
    }
    case 'queue': return entry.FifoQueue === true ? 'FIFO queue' : 'standard queue'
    case 'topic': return entry.FifoTopic === true ? 'FIFO topic' : 'standard topic'
    case 'bucket': return 'S3 bucket'
    case 'table': return isObjectWith(entry.StreamSpecification, 'StreamEnabled', true) ? 'table · stream on' : 'DynamoDB table'
    case 'stream': return `${formatNumber(typeof entry.ShardCount === 'number' ? entry.ShardCount : 1)} shard(s)`
    case 'bus': return 'event bus'
    case 'rule': {
      const what = typeof entry.ScheduleExpression === 'string' ? entry.ScheduleExpression : 'event pattern'
      return entry.State === 'DISABLED' ? `${what} · disabled` : what
    }
    case 'api': return `${typeof entry.ProtocolType === 'string' ? entry.ProtocolType : ''} API`.trim()
    case 'loadBalancer': return 'Application Load Balancer'
    default: {
      const unknown: never = kind
      return unknown
    }
  }
}

function isObjectWith(value: unknown, key: string, expected: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Entry)[key] === expected
}

function functionFamily(doc: Scenario, index: number): GraphNode[] {
  const fn = doc.Functions[index]
  if (fn === undefined || typeof fn.FunctionName !== 'string' || fn.FunctionName === '') return []
  const name = fn.FunctionName
  const at = item('Functions', index)
  const nodes: GraphNode[] = [{
    id: functionNodeId(name), kind: 'function', label: name, detail: detailOf('function', fn as unknown as Entry), path: at, functionName: name,
  }]
  fn.Versions?.forEach((version, i) => {
    if (typeof version.Version !== 'string') return
    nodes.push({
      id: versionNodeId(name, version.Version), kind: 'version', label: `${name} v${version.Version}`,
      detail: version.Description ?? 'published version', path: item(field(at, 'Versions'), i), functionName: name,
    })
  })
  fn.Aliases?.forEach((alias, i) => {
    if (typeof alias.Name !== 'string' || alias.Name === '') return
    nodes.push({
      id: aliasNodeId(name, alias.Name), kind: 'alias', label: `${name}:${alias.Name}`,
      detail: `alias → ${String(alias.FunctionVersion)}`, path: item(field(at, 'Aliases'), i), functionName: name,
    })
  })
  return nodes
}

/**
 * Every node, in document order. The `default` bus is drawn only when something refers to it
 * (`referenced`), since every account has it and most scenarios never use it.
 */
export function documentNodes(doc: Scenario, referenced: ReadonlySet<string>): GraphNode[] {
  const nodes: GraphNode[] = []
  doc.Traffic?.forEach((traffic, i) => nodes.push(trafficNode(traffic, i)))
  doc.Functions.forEach((_, i) => nodes.push(...functionFamily(doc, i)))
  for (const kind of NAMED_KIND_LIST) {
    if (kind === 'function') continue
    const declared = entriesOf(doc, kind)
    if (kind === 'bus' && !declared.some((e) => nameOf(e, kind) === DEFAULT_BUS) && referenced.has(namedNodeId('bus', DEFAULT_BUS))) {
      nodes.push({ id: namedNodeId('bus', DEFAULT_BUS), kind, label: DEFAULT_BUS, detail: 'default event bus', path: '' })
    }
    declared.forEach((entry, i) => {
      const name = nameOf(entry, kind)
      if (name === undefined) return
      nodes.push({ id: namedNodeId(kind, name), kind, label: name, detail: detailOf(kind, entry), path: item(NAMED_KINDS[kind].list, i) })
    })
  }
  return dedupe(nodes)
}

/** A duplicate name (which the validator reports) would give two nodes one id; the first one wins. */
function dedupe(nodes: GraphNode[]): GraphNode[] {
  const seen = new Set<string>()
  return nodes.filter((node) => (seen.has(node.id) ? false : (seen.add(node.id), true)))
}
