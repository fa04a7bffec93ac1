import { describe, expect, test } from 'vitest'
import { TEST_ENTRY } from '../testing/learnFixtures.ts'
import { scoreQuestion } from './scoreQuestion.ts'

const [single, multiple] = TEST_ENTRY.quiz
if (!single || !multiple) throw new Error('The test library has two questions')

describe('quiz scoring', () => {
  test('single answer: right only with the correct choice', () => {
    expect(scoreQuestion(single, new Set(['a']))).toEqual({ chosen: ['a'], correct: true })
    expect(scoreQuestion(single, new Set(['b']))).toEqual({ chosen: ['b'], correct: false })
  })

  test('multiple answers: exactly the correct set; one missing or one extra is wrong', () => {
    expect(scoreQuestion(multiple, new Set(['y', 'x']))).toEqual({ chosen: ['x', 'y'], correct: true })
    expect(scoreQuestion(multiple, new Set(['x']))).toEqual({ chosen: ['x'], correct: false })
    expect(scoreQuestion(multiple, new Set(['x', 'y', 'z']))).toEqual({ chosen: ['x', 'y', 'z'], correct: false })
  })

  test('ids that are not answers of the question are ignored', () => {
    expect(scoreQuestion(single, new Set(['a', 'gone']))).toEqual({ chosen: ['a'], correct: true })
  })
})
