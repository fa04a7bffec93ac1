import { useMemo } from 'react'
import type { LibraryEntry } from '../../../learn/types.ts'
import { Markdown, SafeLink } from '../markdown/Markdown.tsx'
import { lessonSections } from './lessonSections.ts'

/** The lesson: the explanation, what to watch while it runs, and the documented facts it rests on. */
export function Lesson({ entry }: { entry: LibraryEntry }) {
  const { explanation, watch } = useMemo(() => lessonSections(entry.markdown), [entry.markdown])
  return (
    <>
      <section className="learn-section" aria-labelledby="learn-explanation">
        <h3 id="learn-explanation" className="visually-hidden">Explanation</h3>
        <Markdown source={explanation} headingOffset={2} />
      </section>
      {watch && (
        <section className="learn-section learn-watch" aria-labelledby="learn-watch" data-testid="learn-watch">
          <h3 id="learn-watch">What to watch</h3>
          <Markdown source={watch} headingOffset={3} />
        </section>
      )}
      {entry.facts.length > 0 && (
        <section className="learn-section" aria-labelledby="learn-facts">
          <h3 id="learn-facts">Facts behind it</h3>
          <ul className="learn-facts">
            {entry.facts.map((fact) => (
              <li key={`${fact.tag} ${fact.url}`}>
                <SafeLink href={fact.url}><code>{fact.tag}</code></SafeLink>
                {fact.text && <span>: {fact.text}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
