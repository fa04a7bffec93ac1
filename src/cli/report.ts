import type { RunSummary } from '../engine/api.ts'

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
      ['GB-seconds', decimal(f.GBSeconds, 1)],
      ['Cost (USD)', `$${decimal(f.CostUSD, 4)}`],
    ].map(([label, value]) => [`  ${label}`, value as string])))
    lines.push('')
  }
  const queues = Object.entries(summary.Queues)
  if (queues.length > 0) {
    lines.push('Queues')
    lines.push(table(queues.map(([q, v]) => [`  ${q}`, `${integer(v.MessagesReceived)} messages received`])))
  }
  return lines.join('\n').trimEnd()
}

/** A one-line progress bar redrawn in place on a terminal. */
export function progressBar(fraction: number, width = 30): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(fraction * 100)}%`
}
