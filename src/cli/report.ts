import type { CostBreakdown, QueueSummary, RunSummary } from '../engine/api.ts'

const integer = (n: number): string => Math.round(n).toLocaleString('en-US')
const decimal = (n: number, digits: number): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })

function table(rows: readonly (readonly string[])[]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')).join('\n')
}

/** The readable report: what a learner looks at first, in CloudWatch's words. */
export function formatReport(name: string, summary: RunSummary, wallSeconds: number): string {
  const lines = [`${name}`, `Seed ${summary.Seed}, ${integer(summary.DurationSeconds)} simulated seconds in ${decimal(wallSeconds, 2)} s`, '']
  for (const [fnName, f] of Object.entries(summary.Functions)) {
    lines.push(`Function ${fnName}`)
    lines.push(table([
      ['Invocations', integer(f.Invocations)],
      ['Errors', integer(f.Errors)],
      ['Throttles', integer(f.Throttles)],
      ['Cold starts', integer(f.ColdStarts)],
      ['ConcurrentExecutions (avg / max)', `${decimal(f.ConcurrentExecutions.Average, 1)} / ${integer(f.ConcurrentExecutions.Maximum)}`],
      ['Environments (avg / max / created)', `${decimal(f.Environments.Average, 1)} / ${integer(f.Environments.Maximum)} / ${integer(f.Environments.Created)}`],
      ['Duration ms (avg / p50 / p99)', `${decimal(f.Duration.Average, 1)} / ${decimal(f.Duration.p50, 1)} / ${decimal(f.Duration.p99, 1)}`],
      ['Executed versions', Object.entries(f.ExecutedVersions).map(([v, n]) => `${v}: ${integer(n)}`).join(', ') || '—'],
      ['Provisioned / spillover invocations', `${integer(f.ProvisionedConcurrencyInvocations)} / ${integer(f.ProvisionedConcurrencySpilloverInvocations)}`],
      ['Async events received / dropped', `${integer(f.AsyncEventsReceived)} / ${integer(f.AsyncEventsDropped)}`],
      ...(f.RecursiveInvocationsDropped === undefined ? [] : [['RecursiveInvocationsDropped', integer(f.RecursiveInvocationsDropped)]]),
      ['GB-seconds', decimal(f.GBSeconds, 1)],
      ['Cost (USD)', `$${decimal(f.CostUSD, 4)}`],
      ...costLines(f.CostBreakdownUSD),
    ].map(([label, value]) => [`  ${label}`, value as string])))
    lines.push('')
  }
  const queues = Object.entries(summary.Queues)
  if (queues.length > 0) {
    lines.push('Queues')
    lines.push(table(queues.map(([q, v]) => [`  ${q}`, `${integer(v.MessagesReceived)} messages received${pollersOf(v)}`])))
  }
  section(lines, 'Topics', summary.Topics, (t) =>
    `${integer(t.MessagesPublished)} published, ${integer(t.NotificationsDelivered)} delivered, ${integer(t.NotificationsFilteredOut)} filtered out, ${integer(t.NotificationsFailed)} failed`)
  section(lines, 'Rules', summary.Rules, (r) =>
    `${integer(r.TriggeredRules)} triggered (${integer(r.MatchedEvents)} matched events), ${integer(r.Invocations)} target invocations, ${integer(r.FailedInvocations)} failed`)
  section(lines, 'Buckets', summary.Buckets, (b) =>
    `${integer(b.ObjectEvents)} object events, ${integer(b.NotificationsSent)} notified, ${integer(b.FilteredOut)} filtered out`)
  const records = (a: { Processed: number; DeadLettered: number; Dropped: Record<string, number>; Pending: number }): string =>
    `${integer(a.Processed)} processed, ${integer(a.DeadLettered)} to the on-failure destination, ${integer(Object.values(a.Dropped).reduce((x, y) => x + y, 0))} dropped, ${integer(a.Pending)} pending`
  section(lines, 'Streams', summary.Streams, (t) => `${integer(t.IncomingRecords)} records in ${integer(t.Shards)} shard${t.Shards === 1 ? '' : 's'}: ${records(t)}`)
  const mappings = Object.fromEntries(Object.values(summary.Streams ?? {}).flatMap((t) => Object.entries(t.EventSourceMappings)))
  section(lines, 'Stream event source mappings', mappings, (m) =>
    `${m.FunctionName}: ${integer(m.Invocations)} batches, IteratorAge max ${integer(m.IteratorAgeMaximumMs)} ms, ${records(m)}`)
  return lines.join('\n').trimEnd()
}

/** AWS's line items of the bill, indented under the cost (the summary has them when provisioned pollers add one). */
const COST_LINES: readonly (readonly [keyof CostBreakdown, string])[] = [
  ['Requests', 'Requests'], ['Duration', 'Duration'], ['ProvisionedConcurrency', 'Provisioned concurrency'],
  ['EphemeralStorage', 'Ephemeral storage'], ['EventSourceMappingProvisionedPollers', 'Event source mapping provisioned pollers'],
]

function costLines(breakdown: CostBreakdown | undefined): string[][] {
  if (breakdown === undefined) return []
  return COST_LINES.filter(([key]) => breakdown[key] > 0).map(([key, label]) => [`  ${label}`, `$${decimal(breakdown[key], 4)}`])
}

/** `, provisioned pollers: 4.00 EPU-hours ($0.0370)` for a queue whose mappings run in provisioned mode. */
function pollersOf(queue: QueueSummary): string {
  const mappings = Object.values(queue.EventSourceMappings ?? {}).filter((m) => m.EventPollerUnitHours !== undefined)
  if (mappings.length === 0) return ''
  const hours = mappings.reduce((sum, m) => sum + (m.EventPollerUnitHours ?? 0), 0)
  const usd = mappings.reduce((sum, m) => sum + (m.EventPollerCostUSD ?? 0), 0)
  return `, provisioned pollers ${decimal(hours, 2)} EPU-hours ($${decimal(usd, 4)})`
}

/** One line per resource of a kind the scenario has. */
function section<T>(lines: string[], title: string, entries: Record<string, T> | undefined, describe: (value: T) => string): void {
  const rows = Object.entries(entries ?? {})
  if (rows.length === 0) return
  lines.push('', title)
  lines.push(table(rows.map(([name, value]) => [`  ${name}`, describe(value)])))
}

/** A one-line progress bar redrawn in place on a terminal. */
export function progressBar(fraction: number, width = 30): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)}%`
}
