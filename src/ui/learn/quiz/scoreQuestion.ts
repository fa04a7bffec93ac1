import type { Question } from '../../../learn/types.ts'
import type { QuizResult } from '../progress/progress.ts'

/**
 * An answer is right when exactly the correct choices are picked, as the AWS exams score a
 * question: a multiple-answer question with one right choice missing, or one wrong choice added, is wrong.
 */
export function scoreQuestion(question: Question, chosen: ReadonlySet<string>): QuizResult {
  const picked = question.answers.filter((answer) => chosen.has(answer.id))
  const correct = question.answers.every((answer) => answer.correct === chosen.has(answer.id))
  return { chosen: picked.map((answer) => answer.id), correct }
}

/** How an answer reads once submitted: whether it is right, and whether the learner picked it (colour only repeats this). */
export function answerVerdict(correct: boolean, chosen: boolean): string {
  if (correct) return chosen ? 'Correct answer, your choice' : 'Correct answer, not chosen'
  return chosen ? 'Wrong answer, your choice' : 'Wrong answer'
}
