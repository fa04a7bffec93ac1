/**
 * The study library's shapes: a scenario document with its lesson (Markdown, facts), challenges the
 * run itself checks, exam-style questions and a presenter's script. DOM-free and React-free, like the
 * engine: the Learn UI (src/ui/learn) renders these and maps presenter actions to its command registry.
 * Contract with the UI: /work/notes/learn-contract.md.
 */
import type { RunSummary, Scenario } from '../engine/api.ts'

/** How much a learner should know before the entry; roughly the AWS exams' Associate / Professional split. */
export type Level = 'beginner' | 'intermediate' | 'advanced'

/** What an entry teaches; an entry has one or more. */
export type Topic =
  | 'cold-starts' | 'provisioned-concurrency' | 'concurrency' | 'throttling' | 'scaling' | 'cost'
  | 'versions-aliases' | 'async' | 'destinations' | 'sqs' | 'kinesis' | 'dynamodb' | 'sns' | 's3' | 'eventbridge'
  | 'api-gateway' | 'alb' | 'recursion' | 'runtime' | 'timeouts' | 'traffic'

/** A fact the lesson rests on: its tag in the fact sheet (lambda-facts.md §14) and the AWS page that tag cites. */
export interface FactLink {
  /** The fact sheet's tag, e.g. `D-reserved`. */
  readonly tag: string
  readonly url: string
  /** What the linked page establishes for this lesson, in a few words. */
  readonly text: string
}

/** Everything a challenge's check may read: all of it is on the page (the edited document, the worker's `done` summary). */
export interface ChallengeCheckInput {
  /** The document the learner ran (their edit of the entry's document). */
  readonly document: Scenario
  /** The run's summary: `Frame.summary`, or the `done` event's. */
  readonly summary: RunSummary
  /** Whether the run reached its end (`Snapshot.done`); checks read whole runs only. */
  readonly done: boolean
}

export interface ChallengeResult {
  readonly solved: boolean
  /** What the metrics show, in a sentence, e.g. "reports throttled 1,234 times, checkout 0 of 12,340". */
  readonly detail: string
}

export interface Challenge {
  /** Unique within its entry; with the entry's id, the key for stored progress. */
  readonly id: string
  readonly title: string
  /** The task, in Markdown. */
  readonly statement: string
  /** Ordered: show the first, then the next on request. */
  readonly hints: readonly string[]
  /** Pure: the same input always gives the same result. */
  check(input: ChallengeCheckInput): ChallengeResult
}

export interface Answer {
  /** Unique within its question. */
  readonly id: string
  /** Markdown. */
  readonly text: string
  readonly correct: boolean
  /** Why it is right or wrong, pointing at what this run showed. Markdown. */
  readonly explanation: string
}

export interface Question {
  /** Unique within its entry. */
  readonly id: string
  /** `single`: exactly one correct answer (radio buttons); `multiple`: one or more (check boxes, "choose all that apply"). */
  readonly kind: 'single' | 'multiple'
  /** Markdown. */
  readonly prompt: string
  readonly answers: readonly Answer[]
}

/** An entry's exam-style questions, in order. */
export type Quiz = readonly Question[]

/** The panel tabs of the playground (src/ui/store/uiSlice.ts `PANEL_TABS`), named here to keep src/learn UI-free. */
export type PanelTabName = 'code' | 'test' | 'monitor' | 'environments' | 'logs'

/**
 * A command of the UI's registry (src/ui/commands), by its module's export name, with its argument
 * as data. The UI maps each to `<command>.run(app, arg)`.
 */
export type PresenterAction =
  | { readonly command: 'play' }
  | { readonly command: 'pause' }
  | { readonly command: 'step' }
  | { readonly command: 'reset' }
  /** Virtual milliseconds per real second, or `max` (src/worker/protocol.ts `Speed`). */
  | { readonly command: 'setSpeed'; readonly args: { readonly speed: number | 'max' } }
  /** Publishes the run's `$LATEST` as the next version. */
  | { readonly command: 'publish'; readonly args: { readonly functionName: string } }
  | {
    readonly command: 'shiftAliasWeight'
    readonly args: {
      readonly functionName: string
      readonly aliasName: string
      readonly functionVersion: string
      /** `null` routes everything to `functionVersion`. */
      readonly additionalVersion: string | null
      /** Share 0–1 routed to `additionalVersion`. */
      readonly weight: number
    }
  }
  /** `reserved: null` removes the reservation. */
  | { readonly command: 'setReservedConcurrency'; readonly args: { readonly functionName: string; readonly reserved: number | null } }
  /** `payloadText` is JSON text, as typed in the Test tab. */
  | {
    readonly command: 'invoke'
    readonly args: { readonly target: string; readonly invocationType: 'RequestResponse' | 'Event'; readonly payloadText: string }
  }

/** What the presenter should have on screen for a step: a panel tab, a graph node (`function:orders`, `alias:checkout:live`, `queue:jobs`). */
export interface PresenterFocus {
  readonly tab?: PanelTabName
  readonly nodeId?: string
}

/** One slide of a presenter's script: text to say and show, and optionally a command to run when the step is entered. */
export interface PresenterStep {
  /** Markdown, short enough for large type. */
  readonly text: string
  readonly action?: PresenterAction
  readonly focus?: PresenterFocus
}

export interface LibraryEntry {
  /** The scenario file's name without `.json` (scenarios/<id>.json); also `BundledScenario.id`. */
  readonly id: string
  readonly title: string
  readonly level: Level
  readonly topics: readonly Topic[]
  readonly document: Scenario
  /** The lesson (scenarios/<id>.md): explanation, a "What to watch" section, the facts behind it. */
  readonly markdown: string
  /** The links of the lesson's "Facts behind it" section. */
  readonly facts: readonly FactLink[]
  readonly challenges: readonly Challenge[]
  readonly quiz: Quiz
  /** Empty when the entry has no script. */
  readonly presenter: readonly PresenterStep[]
}
