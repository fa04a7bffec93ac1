/**
 * What the summary and the live snapshot show of the push services: per topic its messages and
 * notifications (AWS/SNS), per rule its matches and target invocations (AWS/Events), per bucket its
 * object events and the notifications they sent.
 */
import type { World } from '../../world.ts'
import type { PushState } from './pushState.ts'

export interface TopicSummary {
  /** Messages published to the topic, by anyone (NumberOfMessagesPublished). */
  MessagesPublished: number
  NotificationsDelivered: number
  NotificationsFailed: number
  NotificationsFilteredOut: number
  /**
   * Messages no subscription got, by reason (NoSubscriptions, FilteredOut, DeliveryFailed,
   * RecursiveLoop); present only when there were some.
   */
  MessagesDropped?: Record<string, number>
}

export interface RuleSummary {
  MatchedEvents: number
  TriggeredRules: number
  Invocations: number
  FailedInvocations: number
  /** Failed deliveries a target's dead-letter queue took. */
  InvocationsSentToDLQ: number
}

export interface BucketSummary {
  /** Objects created or removed. */
  ObjectEvents: number
  /** Events a notification configuration sent to its function, queue or topic. */
  NotificationsSent: number
  /** Events no configuration matched. */
  FilteredOut: number
  /**
   * Events a configuration matched that did not reach its destination, by reason: DeliveryFailed
   * (the queue or topic refused it), RecursiveLoop (the function refused a stopped chain); present
   * only when there were some.
   */
  NotificationsDropped?: Record<string, number>
}

/** An accounting's drops by reason, less the reasons the summary shows on their own; undefined when none are left. */
function dropReasons(dropped: Readonly<Record<string, number>>, shownApart: readonly string[] = []): Record<string, number> | undefined {
  const left = Object.entries(dropped).filter(([reason, count]) => count > 0 && !shownApart.includes(reason))
  return left.length === 0 ? undefined : Object.fromEntries(left)
}

export interface TopicView {
  name: string
  fifo: boolean
  published: number
  subscriptions: { protocol: 'lambda' | 'sqs'; endpoint: string; filtered: boolean }[]
}

export interface RuleView {
  name: string
  eventBus: string
  enabled: boolean
  /** `rate(...)` or `cron(...)`; null for a pattern rule. */
  schedule: string | null
  nextFireMs: number | null
  triggered: number
  invocations: number
}

export interface BucketView {
  name: string
  objects: number
  notificationsSent: number
}

/** The summary's `Topics`, `Rules` and `Buckets`, each present only when the scenario has some. */
export function pushSummaries(push: PushState): { Topics?: Record<string, TopicSummary>; Rules?: Record<string, RuleSummary>; Buckets?: Record<string, BucketSummary> } {
  const topics = [...push.topics.values()].map((t): [string, TopicSummary] => {
    const dropped = dropReasons(t.accounting.Dropped)
    return [t.state.name, {
      MessagesPublished: t.state.messagesPublished,
      NotificationsDelivered: t.metrics.total('NumberOfNotificationsDelivered'),
      NotificationsFailed: t.metrics.total('NumberOfNotificationsFailed'),
      NotificationsFilteredOut: t.metrics.total('NumberOfNotificationsFilteredOut'),
      ...(dropped === undefined ? {} : { MessagesDropped: dropped }),
    }]
  })
  const rules = push.rules.map((r): [string, RuleSummary] => [r.name, {
    MatchedEvents: r.metrics.total('MatchedEvents'), TriggeredRules: r.metrics.total('TriggeredRules'),
    Invocations: r.metrics.total('Invocations'), FailedInvocations: r.metrics.total('FailedInvocations'),
    InvocationsSentToDLQ: r.metrics.total('InvocationsSentToDLQ'),
  }])
  const buckets = [...push.buckets.values()].map((b): [string, BucketSummary] => {
    const dropped = dropReasons(b.accounting.Dropped, ['FilteredOut'])
    return [b.name, {
      ObjectEvents: b.accounting.Received, NotificationsSent: b.accounting.Processed, FilteredOut: b.accounting.Dropped.FilteredOut ?? 0,
      ...(dropped === undefined ? {} : { NotificationsDropped: dropped }),
    }]
  })
  return {
    ...(topics.length === 0 ? {} : { Topics: Object.fromEntries(topics) }),
    ...(rules.length === 0 ? {} : { Rules: Object.fromEntries(rules) }),
    ...(buckets.length === 0 ? {} : { Buckets: Object.fromEntries(buckets) }),
  }
}

/** The snapshot's `topics`, `rules` and `buckets`, each absent when the scenario has none. */
export function pushViews(world: World): { topics?: TopicView[]; rules?: RuleView[]; buckets?: BucketView[] } {
  const { push } = world
  const topics = [...push.topics.values()].map((t): TopicView => ({
    name: t.state.name,
    fifo: t.state.fifo,
    published: t.state.messagesPublished,
    subscriptions: t.subscriptions.map((s) => ({
      protocol: s.endpoint.protocol,
      endpoint: s.endpoint.protocol === 'lambda' ? s.endpoint.target.fn.name : s.endpoint.queueName,
      filtered: s.filter !== null,
    })),
  }))
  const rules = push.rules.map((r): RuleView => ({
    name: r.name, eventBus: r.busName, enabled: r.enabled, schedule: r.expression, nextFireMs: r.nextFireMs,
    triggered: r.metrics.total('TriggeredRules'), invocations: r.metrics.total('Invocations'),
  }))
  const buckets = [...push.buckets.values()].map((b): BucketView => ({
    name: b.name, objects: world.aws.buckets.get(b.name)?.objects.size ?? 0, notificationsSent: b.accounting.Processed,
  }))
  return {
    ...(topics.length === 0 ? {} : { topics }),
    ...(rules.length === 0 ? {} : { rules }),
    ...(buckets.length === 0 ? {} : { buckets }),
  }
}
