import { useId } from 'react'
import type { Challenge } from '../../../learn/types.ts'
import { Markdown } from '../markdown/Markdown.tsx'
import { STATUS_LABELS, type ChallengeStatus } from './challengeStatus.ts'

const STATUS_ICONS: Readonly<Record<ChallengeStatus['kind'], string>> = {
  'not-tried': '○',
  running: '◔',
  'too-short': '…',
  'not-yet': '✗',
  solved: '✓',
}

interface ChallengeCardProps {
  challenge: Challenge
  status: ChallengeStatus
  hintsRevealed: number
  onCheck(): void
  onRevealHint(): void
}

/** One challenge: its task, where it stands (in words and an icon, colour only repeats them), its hints one at a time. */
export function ChallengeCard({ challenge, status, hintsRevealed, onCheck, onRevealHint }: ChallengeCardProps) {
  const titleId = useId()
  const hints = challenge.hints.slice(0, hintsRevealed)
  const detail = status.kind === 'not-tried' || status.kind === 'running' ? null : status.detail
  return (
    <article className="challenge" aria-labelledby={titleId} data-testid={`challenge-${challenge.id}`}>
      <h4 id={titleId}>{challenge.title}</h4>
      <Markdown source={challenge.statement} headingOffset={4} />
      <div className={`challenge-status status-${status.kind}`} role="status" data-testid="challenge-status">
        <span aria-hidden="true">{STATUS_ICONS[status.kind]} </span>
        <strong>{STATUS_LABELS[status.kind]}</strong>
        {detail && <span className="challenge-detail">: {detail}</span>}
      </div>
      {hints.length > 0 && (
        <ol className="challenge-hints" aria-label="Hints">
          {hints.map((hint, i) => <li key={i}><Markdown source={hint} headingOffset={4} /></li>)}
        </ol>
      )}
      <div className="challenge-actions">
        <button type="button" onClick={onCheck}>Check</button>
        {challenge.hints.length > 0 && (
          <button type="button" onClick={onRevealHint} disabled={hintsRevealed >= challenge.hints.length}>
            {hintsRevealed >= challenge.hints.length ? 'No more hints' : `Show hint ${hintsRevealed + 1} of ${challenge.hints.length}`}
          </button>
        )}
      </div>
    </article>
  )
}
