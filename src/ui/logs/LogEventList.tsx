import { memo, useLayoutEffect, useRef, type UIEvent } from 'react'
import type { LogEvent } from '../../engine/api.ts'
import { isoTimestamp } from '../../engine/logs/format.ts'
import { VIRTUAL_EPOCH_MS } from '../../engine/time/epoch.ts'

/** Rows rendered at once: the newest; older matches are counted, not drawn. */
export const MAX_SHOWN_EVENTS = 500

const LogRow = memo(function LogRow({ event }: { event: LogEvent }) {
  const timestamp = isoTimestamp(VIRTUAL_EPOCH_MS, event.atMs)
  return (
    <li className="log-event">
      <time dateTime={timestamp}>{timestamp}</time>
      <span className="log-message">{event.message}</span>
    </li>
  )
})

/** Rows are keyed by the event object, which the store keeps as long as the line is shown. */
const keys = new WeakMap<LogEvent, number>()
let nextKey = 0
function keyOf(event: LogEvent): number {
  let key = keys.get(event)
  if (key === undefined) {
    key = nextKey++
    keys.set(event, key)
  }
  return key
}

interface Props {
  events: readonly LogEvent[]
  follow: boolean
  /** The user scrolled away from the newest line (or back to it). */
  onFollowChange(follow: boolean): void
}

/** The matching events, oldest first; while following, the newest line stays in view. */
export function LogEventList({ events, follow, onFollowChange }: Props) {
  const list = useRef<HTMLOListElement>(null)
  const shown = events.length > MAX_SHOWN_EVENTS ? events.slice(-MAX_SHOWN_EVENTS) : events

  useLayoutEffect(() => {
    const element = list.current
    if (follow && element) element.scrollTop = element.scrollHeight
  }, [shown, follow])

  const onScroll = (event: UIEvent<HTMLOListElement>) => {
    const element = event.currentTarget
    const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 4
    if (atBottom !== follow) onFollowChange(atBottom)
  }

  return (
    <ol ref={list} className="log-events" aria-label="Log events" tabIndex={0} onScroll={onScroll}>
      {shown.map((event) => <LogRow key={keyOf(event)} event={event} />)}
    </ol>
  )
}
