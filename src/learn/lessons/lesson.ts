import type { Challenge, PresenterStep, Quiz } from '../types.ts'

/** What an entry adds to its catalog scenario: the Markdown (scenarios/<id>.md) and its exercises. */
export interface Lesson {
  readonly markdown: string
  readonly challenges: readonly Challenge[]
  readonly quiz: Quiz
  readonly presenter: readonly PresenterStep[]
}
