/** Asks what a connection means when it can mean several things; options Lambda would refuse are shown disabled, with the reason. */
import { useEffect, useRef } from 'react'
import type { PendingChoice } from './useGraphEditing.ts'

interface ConnectMenuProps {
  pending: PendingChoice
  /** A node's accessible name (`Function orders`), for the question. */
  nameOf: (id: string) => string
  onChoose: (choiceId: string) => void
  onCancel: () => void
}

export function ConnectMenu({ pending, nameOf, onChoose, onCancel }: ConnectMenuProps) {
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => first.current?.focus(), [pending])
  const firstEnabled = pending.options.findIndex((o) => o.refused === undefined)
  return (
    <div className="graph-connect-menu" role="dialog" aria-label="What should this connection create?" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p className="graph-connect-title">{`Connect ${nameOf(pending.source)} → ${nameOf(pending.target)} as:`}</p>
      <ul>
        {pending.options.map((option, i) => (
          <li key={option.id}>
            <button
              type="button"
              ref={i === firstEnabled ? first : undefined}
              disabled={option.refused !== undefined}
              aria-describedby={option.refused === undefined ? undefined : `refused-${option.id}`}
              onClick={() => onChoose(option.id)}
            >
              {option.label}
            </button>
            {option.refused !== undefined && <span id={`refused-${option.id}`} className="graph-connect-refused">{option.refused}</span>}
          </li>
        ))}
      </ul>
      <button type="button" className="graph-connect-cancel" onClick={onCancel}>Cancel</button>
    </div>
  )
}
