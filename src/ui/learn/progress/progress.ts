/**
 * What a learner has done with the library, per library scenario: challenges solved, hints revealed,
 * quiz answers submitted. Kept in the browser only (no account); separate from the workspaces, so
 * clearing a workspace keeps the progress and resetting progress keeps the work. Pure functions over
 * plain data, so ./progressStore.ts can persist them and tests can check them without a DOM.
 */
import { isObject } from '../../../engine/scenario/check.ts'

/** A submitted quiz: which choices were picked and whether that was exactly the right set. */
export interface QuizResult {
  /** The chosen answers' ids, in the order the question lists them. */
  chosen: readonly string[]
  correct: boolean
}

export interface ScenarioProgress {
  /** Challenge ids whose check passed at least once. */
  solved: readonly string[]
  /** Hints revealed so far, per challenge id (they are revealed in order). */
  hintsRevealed: Readonly<Record<string, number>>
  /** The last submitted answer, per quiz question id. */
  quizzes: Readonly<Record<string, QuizResult>>
}

export interface Progress {
  scenarios: Readonly<Record<string, ScenarioProgress>>
}

export const EMPTY_PROGRESS: Progress = { scenarios: {} }

export const EMPTY_SCENARIO_PROGRESS: ScenarioProgress = { solved: [], hintsRevealed: {}, quizzes: {} }

export function scenarioProgress(progress: Progress, scenarioId: string): ScenarioProgress {
  return progress.scenarios[scenarioId] ?? EMPTY_SCENARIO_PROGRESS
}

function withScenario(progress: Progress, scenarioId: string, change: (scenario: ScenarioProgress) => ScenarioProgress): Progress {
  return { scenarios: { ...progress.scenarios, [scenarioId]: change(scenarioProgress(progress, scenarioId)) } }
}

export function markSolved(progress: Progress, scenarioId: string, challengeId: string): Progress {
  if (scenarioProgress(progress, scenarioId).solved.includes(challengeId)) return progress
  return withScenario(progress, scenarioId, (s) => ({ ...s, solved: [...s.solved, challengeId] }))
}

/** Reveals the next hint of a challenge, never beyond `hintCount`. */
export function revealHint(progress: Progress, scenarioId: string, challengeId: string, hintCount: number): Progress {
  const shown = scenarioProgress(progress, scenarioId).hintsRevealed[challengeId] ?? 0
  if (shown >= hintCount) return progress
  return withScenario(progress, scenarioId, (s) => ({ ...s, hintsRevealed: { ...s.hintsRevealed, [challengeId]: shown + 1 } }))
}

export function recordQuiz(progress: Progress, scenarioId: string, quizId: string, result: QuizResult): Progress {
  return withScenario(progress, scenarioId, (s) => ({ ...s, quizzes: { ...s.quizzes, [quizId]: result } }))
}

/** Forgets a submitted answer, so the question can be answered again. */
export function forgetQuiz(progress: Progress, scenarioId: string, quizId: string): Progress {
  const quizzes = { ...scenarioProgress(progress, scenarioId).quizzes }
  delete quizzes[quizId]
  return withScenario(progress, scenarioId, (s) => ({ ...s, quizzes }))
}

/** The ids a library scenario asks to be done. */
export interface ScenarioTasks {
  id: string
  challengeIds: readonly string[]
  quizIds: readonly string[]
}

/**
 * A scenario is completed when every challenge is solved and every quiz question answered correctly;
 * one with nothing to do is never counted.
 */
export function isCompleted(progress: Progress, tasks: ScenarioTasks): boolean {
  const done = scenarioProgress(progress, tasks.id)
  return tasks.challengeIds.length + tasks.quizIds.length > 0
    && tasks.challengeIds.every((id) => done.solved.includes(id)) && tasks.quizIds.every((id) => done.quizzes[id]?.correct === true)
}

export function completedCount(progress: Progress, library: readonly ScenarioTasks[]): number {
  return library.filter((tasks) => isCompleted(progress, tasks)).length
}

/**
 * Reads stored progress, keeping what is well formed and dropping the rest: a hand-edited or
 * half-written entry must not lose the learner everything else, nor break the panel.
 */
export function parseProgress(value: unknown): Progress {
  if (!isObject(value) || !isObject(value.scenarios)) return EMPTY_PROGRESS
  const scenarios: Record<string, ScenarioProgress> = {}
  for (const [id, entry] of Object.entries(value.scenarios)) {
    if (!isObject(entry)) continue
    scenarios[id] = {
      solved: Array.isArray(entry.solved) ? entry.solved.filter((s): s is string => typeof s === 'string') : [],
      hintsRevealed: Object.fromEntries(Object.entries(isObject(entry.hintsRevealed) ? entry.hintsRevealed : {})
        .filter((pair): pair is [string, number] => Number.isInteger(pair[1]) && (pair[1] as number) >= 0)),
      quizzes: Object.fromEntries(Object.entries(isObject(entry.quizzes) ? entry.quizzes : {}).filter((pair): pair is [string, QuizResult] => isQuizResult(pair[1]))),
    }
  }
  return { scenarios }
}

function isQuizResult(value: unknown): value is QuizResult {
  return isObject(value) && typeof value.correct === 'boolean' && Array.isArray(value.chosen) && value.chosen.every((c) => typeof c === 'string')
}

