import { useId, useState, type FormEvent } from 'react'
import type { Question } from '../../../learn/types.ts'
import { InlineMarkdown, Markdown } from '../markdown/Markdown.tsx'
import type { QuizResult } from '../progress/progress.ts'
import { answerVerdict, scoreQuestion } from './scoreQuestion.ts'

interface QuestionCardProps {
  question: Question
  /** 1-based, for "Question 2 of 3". */
  number: number
  count: number
  /** The stored answer, once submitted. */
  result: QuizResult | undefined
  onSubmit(result: QuizResult): void
  onRetry(): void
}

/**
 * An exam-style question: radio buttons for one answer, check boxes for "choose all that apply".
 * Once submitted, every answer says whether it is right, whether it was picked, and why, in words and an icon.
 */
export function QuestionCard({ question, number, count, result, onSubmit, onRetry }: QuestionCardProps) {
  const promptId = useId()
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const submitted = result !== undefined
  const chosen = submitted ? new Set(result.chosen) : picked
  const single = question.kind === 'single'

  const choose = (answerId: string, on: boolean) => setPicked((current) => {
    if (single) return new Set([answerId])
    const next = new Set(current)
    if (on) next.add(answerId)
    else next.delete(answerId)
    return next
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (picked.size > 0) onSubmit(scoreQuestion(question, picked))
  }

  return (
    <form className="question" onSubmit={submit} aria-labelledby={promptId} data-testid={`question-${question.id}`}>
      <div id={promptId} className="question-prompt">
        <span className="muted">Question {number} of {count}{single ? '' : ' (choose all that apply)'}: </span>
        <Markdown source={question.prompt} headingOffset={4} />
      </div>
      <div className="answers" role={single ? 'radiogroup' : 'group'} aria-labelledby={promptId}>
        {question.answers.map((answer) => {
          const isChosen = chosen.has(answer.id)
          const marked = !submitted ? '' : answer.correct ? ' answer-correct' : isChosen ? ' answer-mistake' : ' answer-other'
          return (
            <div key={answer.id} className={`answer${marked}`}>
              <label>
                <input
                  type={single ? 'radio' : 'checkbox'} name={question.id} value={answer.id}
                  checked={isChosen} disabled={submitted} onChange={(event) => choose(answer.id, event.target.checked)}
                />
                <span><InlineMarkdown text={answer.text} /></span>
              </label>
              {submitted && (
                <div className="answer-explanation" data-testid="answer-explanation">
                  <p className="answer-verdict"><span aria-hidden="true">{answer.correct ? '✓' : '✗'} </span><strong>{answerVerdict(answer.correct, isChosen)}</strong></p>
                  <Markdown source={answer.explanation} headingOffset={4} />
                </div>
              )}
            </div>
          )
        })}
      </div>
      {submitted ? (
        <div className="question-result">
          <p role="status" data-testid="question-result" className={result.correct ? 'result-correct' : 'result-wrong'}>
            <span aria-hidden="true">{result.correct ? '✓' : '✗'} </span>
            <strong>{result.correct ? 'Correct' : 'Not quite'}</strong>
            {result.correct ? '' : ': the explanations say which answers were right.'}
          </p>
          <button type="button" onClick={() => { setPicked(new Set()); onRetry() }}>Answer again</button>
        </div>
      ) : (
        <button type="submit" disabled={picked.size === 0}>Submit</button>
      )}
    </form>
  )
}
