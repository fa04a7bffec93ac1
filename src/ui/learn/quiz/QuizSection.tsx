import { useMemo } from 'react'
import type { LibraryEntry } from '../../../learn/types.ts'
import { forgetQuiz, recordQuiz, scenarioProgress, type Progress } from '../progress/progress.ts'
import { useProgress, useProgressStore } from '../progress/useProgress.ts'
import { changeProgress } from '../progress/progressStore.ts'
import { QuestionCard } from './QuestionCard.tsx'

/** The entry's questions; submitted answers are stored, so they are still shown after a reload. */
export function QuizSection({ entry }: { entry: LibraryEntry }) {
  const progressStore = useProgressStore()
  const selectQuizzes = useMemo(() => (progress: Progress) => scenarioProgress(progress, entry.id).quizzes, [entry.id])
  const answered = useProgress(selectQuizzes)
  if (entry.quiz.length === 0) return null
  const correct = entry.quiz.filter((question) => answered[question.id]?.correct === true).length
  return (
    <section className="learn-section" aria-labelledby="learn-quiz">
      <h3 id="learn-quiz">Quiz <span className="muted">({correct} of {entry.quiz.length} answered correctly)</span></h3>
      {entry.quiz.map((question, i) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={i + 1}
          count={entry.quiz.length}
          result={answered[question.id]}
          onSubmit={(result) => changeProgress(progressStore, (p) => recordQuiz(p, entry.id, question.id, result))}
          onRetry={() => changeProgress(progressStore, (p) => forgetQuiz(p, entry.id, question.id))}
        />
      ))}
    </section>
  )
}
