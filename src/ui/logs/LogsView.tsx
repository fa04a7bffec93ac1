import { useDeferredValue, useMemo, useState } from 'react'
import type { LiveLogs } from '../store/liveSlice.ts'
import { formatCount } from '../format.ts'
import { isEmptyPattern, matchesFilter, parseFilterPattern } from './filterPattern.ts'
import { LogEventList, MAX_SHOWN_EVENTS } from './LogEventList.tsx'
import { logStreamsOf } from './logStreams.ts'
import { logGroupName } from '../../engine/logs/format.ts'

interface Props {
  /** The functions whose log groups exist. */
  functionNames: readonly string[]
  /** The group shown: the focused function's. */
  functionName: string
  logs: LiveLogs | null
  onSelectGroup(functionName: string): void
}

/** CloudWatch's Logs view of one group: its groups and streams on the left, the filtered events on the right. */
export function LogsView({ functionNames, functionName, logs, onSelectGroup }: Props) {
  const [filterText, setFilterText] = useState('')
  const [stream, setStream] = useState<string | null>(null)
  const [follow, setFollow] = useState(true)
  const pattern = useMemo(() => parseFilterPattern(filterText), [filterText])
  const events = logs?.functionName === functionName ? logs.events : []
  const deferredEvents = useDeferredValue(events)
  const streams = useMemo(() => logStreamsOf(deferredEvents), [deferredEvents])
  const matching = useMemo(() => deferredEvents.filter((event) =>
    (stream === null || event.logStream === stream) && (isEmptyPattern(pattern) || matchesFilter(event.message, pattern))), [deferredEvents, stream, pattern])
  const skipped = logs?.functionName === functionName ? logs.skippedInvocations : 0

  return (
    <div className="logs-view">
      <nav className="logs-nav" aria-label="Log groups and streams">
        <h3 className="view-subtitle">Log groups</h3>
        <ul className="logs-choices">
          {functionNames.map((name) => (
            <li key={name}>
              <button type="button" aria-pressed={name === functionName} onClick={() => { setStream(null); onSelectGroup(name) }}>
                {logGroupName(name)}
              </button>
            </li>
          ))}
        </ul>
        <h3 className="view-subtitle">Log streams</h3>
        <ul className="logs-choices">
          <li>
            <button type="button" aria-pressed={stream === null} onClick={() => setStream(null)}>All streams</button>
          </li>
          {streams.map((s) => (
            <li key={s.name}>
              <button type="button" aria-pressed={stream === s.name} onClick={() => setStream(s.name)} title={`${s.events} events`}>{s.name}</button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="logs-main">
        <div className="view-toolbar">
          <label className="field logs-filter">
            Filter events
            <input type="search" value={filterText} onChange={(event) => setFilterText(event.target.value)} placeholder='REPORT "Init Duration" -START ?ERROR' spellCheck={false} />
          </label>
          <label className="field">
            <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} />
            Follow the run
          </label>
          <p className="view-stat" data-testid="log-count">
            {formatCount(matching.length)} {isEmptyPattern(pattern) && stream === null ? 'events' : 'matching events'}
            {matching.length > MAX_SHOWN_EVENTS ? `, the newest ${formatCount(MAX_SHOWN_EVENTS)} shown` : ''}
          </p>
        </div>
        {(skipped > 0 || logs?.gap) && (
          <p className="view-note">
            Some invocations finished faster than the log view follows: {logs?.gap ? 'some lines were missed' : `${formatCount(skipped)} invocations are not shown`}.
          </p>
        )}
        {events.length === 0
          ? <p className="panel-message">No log events yet in {logGroupName(functionName)}: each invocation writes START, END and REPORT.</p>
          : <LogEventList events={matching} follow={follow} onFollowChange={setFollow} />}
      </div>
    </div>
  )
}
