import { describe, expect, test } from 'vitest'
import {
  EMPTY_PROGRESS, completedCount, forgetQuiz, markSolved, parseProgress, recordQuiz, revealHint, scenarioProgress,
} from './progress.ts'
import { memoryStorage } from '../testing/learnFixtures.ts'
import { PROGRESS_KEY, changeProgress, createProgressStore, resetProgress } from './progressStore.ts'

const tasks = [
  { id: 'reserved-concurrency', challengeIds: ['no-throttles'], quizIds: ['limit'] },
  { id: 'scaling-spike', challengeIds: [], quizIds: ['burst'] },
  { id: 'canary-alias', challengeIds: ['quarter'], quizIds: [] },
  { id: 'nothing-to-do', challengeIds: [], quizIds: [] },
]

describe('learning progress', () => {
  test('solved challenges, hints one at a time (never past the last), quiz answers, per scenario', () => {
    let p = markSolved(EMPTY_PROGRESS, 'reserved-concurrency', 'no-throttles')
    expect(markSolved(p, 'reserved-concurrency', 'no-throttles')).toBe(p)
    p = revealHint(p, 'reserved-concurrency', 'no-throttles', 2)
    p = revealHint(p, 'reserved-concurrency', 'no-throttles', 2)
    expect(revealHint(p, 'reserved-concurrency', 'no-throttles', 2)).toBe(p)
    p = recordQuiz(p, 'scaling-spike', 'burst', { chosen: ['a'], correct: false })
    expect(scenarioProgress(p, 'reserved-concurrency')).toEqual({ solved: ['no-throttles'], hintsRevealed: { 'no-throttles': 2 }, quizzes: {} })
    expect(scenarioProgress(p, 'scaling-spike').quizzes).toEqual({ burst: { chosen: ['a'], correct: false } })
    expect(scenarioProgress(forgetQuiz(p, 'scaling-spike', 'burst'), 'scaling-spike').quizzes).toEqual({})
  })

  test('a scenario is completed when every challenge is solved and every question answered correctly', () => {
    let p = recordQuiz(EMPTY_PROGRESS, 'reserved-concurrency', 'limit', { chosen: ['a'], correct: true })
    expect(completedCount(p, tasks)).toBe(0)
    p = markSolved(p, 'reserved-concurrency', 'no-throttles')
    p = recordQuiz(p, 'scaling-spike', 'burst', { chosen: ['b'], correct: false })
    expect(completedCount(p, tasks)).toBe(1)
    p = markSolved(p, 'canary-alias', 'quarter')
    expect(completedCount(p, tasks)).toBe(2)
  })

  test('survives a reload: a new store over the same storage reads it back', () => {
    const storage = memoryStorage()
    const first = createProgressStore(storage)
    changeProgress(first, (p) => markSolved(p, 'reserved-concurrency', 'no-throttles'))
    changeProgress(first, (p) => recordQuiz(p, 'reserved-concurrency', 'limit', { chosen: ['a'], correct: true }))
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? '{}')).toEqual(first.getState())
    const second = createProgressStore(storage)
    expect(second.getState()).toEqual(first.getState())
  })

  test('reset forgets everything, in storage too', () => {
    const storage = memoryStorage()
    const store = createProgressStore(storage)
    changeProgress(store, (p) => markSolved(p, 'reserved-concurrency', 'no-throttles'))
    resetProgress(store)
    expect(store.getState()).toEqual(EMPTY_PROGRESS)
    expect(storage.items.has(PROGRESS_KEY)).toBe(false)
  })

  test('unreadable or partly wrong stored progress keeps what is well formed', () => {
    expect(createProgressStore(memoryStorage({ [PROGRESS_KEY]: '{not json' })).getState()).toEqual(EMPTY_PROGRESS)
    expect(parseProgress({ scenarios: {
      good: { solved: ['a', 3], hintsRevealed: { a: 1, b: -1, c: 'x' }, quizzes: { q: { chosen: ['a'], correct: true }, r: { correct: 'yes' } } },
      bad: 'nope',
    } })).toEqual({ scenarios: { good: { solved: ['a'], hintsRevealed: { a: 1 }, quizzes: { q: { chosen: ['a'], correct: true } } } } })
  })

  test('storage that refuses writes keeps the progress in memory', () => {
    const storage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') }, removeItem: () => undefined }
    const store = createProgressStore(storage)
    changeProgress(store, (p) => markSolved(p, 'x', 'y'))
    expect(scenarioProgress(store.getState(), 'x').solved).toEqual(['y'])
  })
})
