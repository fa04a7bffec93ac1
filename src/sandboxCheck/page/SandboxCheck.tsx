/**
 * The sandbox check: every escape attempt a handler might make, run against this browser's own
 * sandbox, with what was expected and what happened. The click counter shows that the page keeps
 * responding while the worker is busy stopping runaway code.
 */
import { useState, useSyncExternalStore } from 'react'
import type { CaseReport } from '../worker/protocol.ts'
import type { CheckProgress, ProgressStore } from './progress.ts'

/** Long payloads (a function's source, a message) would swamp the table. */
const MAX_CELL_CHARS = 240

const clip = (text: string) => (text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text)

function summary({ planned, reports, finished, fatal }: CheckProgress): string {
  if (fatal !== null) return `The sandbox check stopped: ${fatal}`
  const total = planned.length
  if (!finished) return total === 0 ? 'Starting the sandbox…' : `Running: ${reports.length} of ${total} checks done…`
  return `${reports.filter((report) => report.passed).length} of ${total} checks passed`
}

function ReportRow({ report }: { report: CaseReport }) {
  const lines = report.error === undefined ? report.checks : [{ what: 'the case itself', expected: 'no exception', got: report.error, passed: false }]
  return (
    <tr data-testid="check-row" data-passed={report.passed}>
      <td>
        <div className="group">{report.group}</div>
        {report.name}
      </td>
      <td>{lines.map((line, i) => <div key={i}><span className="what">{line.what}:</span> {clip(line.expected)}</div>)}</td>
      <td>{lines.map((line, i) => <div key={i} className={line.passed ? '' : 'wrong'}>{clip(line.got)}</div>)}</td>
      <td className={report.passed ? 'pass' : 'fail'}>{report.passed ? 'pass' : 'fail'}</td>
    </tr>
  )
}

export function SandboxCheck({ progress }: { progress: ProgressStore }) {
  const state = useSyncExternalStore(progress.subscribe, progress.getSnapshot)
  const [clicks, setClicks] = useState(0)
  return (
    <main>
      <h1>Sandbox check</h1>
      <p>
        Lambda Playground runs handlers in a QuickJS sandbox inside a Web Worker. This page tries every known way out
        (network, storage, the page, the host&apos;s globals, polluted built-ins, endless loops, deep recursion, memory
        bombs) in this browser and shows what the sandbox did. Nothing leaves this page&apos;s origin.
      </p>
      <p>
        <button type="button" data-testid="click-counter" onClick={() => setClicks((n) => n + 1)}>
          Clicked {clicks} {clicks === 1 ? 'time' : 'times'}
        </button>{' '}
        <span className="hint">The page stays responsive while the checks run: try it.</span>
      </p>
      <p data-testid="check-summary" data-state={state.fatal !== null ? 'failed' : state.finished ? 'finished' : 'running'} role="status">{summary(state)}</p>
      <table>
        <thead>
          <tr><th>Case</th><th>Expected</th><th>Got</th><th>Result</th></tr>
        </thead>
        <tbody>
          {state.reports.map((report) => <ReportRow key={`${report.group}/${report.name}`} report={report} />)}
        </tbody>
      </table>
    </main>
  )
}
