/** Short constructors for quiz questions, so a lesson file reads as its questions. Answer ids are a, b, c, ... in order. */
import type { Answer, Question } from '../types.ts'

type AnswerText = Omit<Answer, 'id'>

export const right = (text: string, explanation: string): AnswerText => ({ text, correct: true, explanation })
export const wrong = (text: string, explanation: string): AnswerText => ({ text, correct: false, explanation })

const withIds = (answers: readonly AnswerText[]): Answer[] => answers.map((answer, i) => ({ id: String.fromCharCode(97 + i), ...answer }))

/** A question with exactly one correct answer. */
export const single = (id: string, prompt: string, ...answers: AnswerText[]): Question => ({ id, kind: 'single', prompt, answers: withIds(answers) })

/** "Choose all that apply": one or more correct answers. */
export const multiple = (id: string, prompt: string, ...answers: AnswerText[]): Question => ({ id, kind: 'multiple', prompt, answers: withIds(answers) })
