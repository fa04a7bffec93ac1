import type { EmbedErrorCode, EmbedProblem } from './embedProtocol.ts'

const TITLES: Readonly<Record<EmbedErrorCode, string>> = {
  'unknown-scenario': 'Unknown scenario',
  'damaged-link': 'Damaged scenario link',
  'invalid-scenario': 'This scenario cannot run',
  'bad-message': 'Message not understood',
  'run-failed': 'The simulation stopped',
  'bad-address': 'The player’s address is not valid',
}

/** Shown instead of the player when its scenario cannot be found, decoded or run: what is wrong and what would work. */
export function EmbedProblemView({ problem }: { problem: EmbedProblem }) {
  return (
    <section className="embed-problem" role="alert" data-testid="embed-problem" aria-labelledby="embed-problem-title">
      <h1 id="embed-problem-title">{TITLES[problem.code]}</h1>
      <p>{problem.message}</p>
      {problem.problems && (
        <ul>
          {problem.problems.map((line) => <li key={line}><code>{line}</code></li>)}
        </ul>
      )}
      {problem.bundledIds && (
        <>
          <p>The bundled scenarios are:</p>
          <ul className="embed-problem-ids">
            {problem.bundledIds.map((id) => <li key={id}><code>{id}</code></li>)}
          </ul>
        </>
      )}
    </section>
  )
}
