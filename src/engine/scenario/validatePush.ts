/** The push services' part of the document: SNS subscriptions, S3 bucket notifications, EventBridge rules. */
import type { ScenarioContext, TimelineCreations } from './context.ts'
import { checkNotifications } from './validateNotifications.ts'
import { checkRules } from './validateRules.ts'
import { checkSubscriptions } from './validateSubscriptions.ts'

/** Checked once every function, queue, topic, bucket and bus is known, and what the Timeline creates (rule targets may name it). */
export function checkPush(
  ctx: ScenarioContext, doc: { readonly Topics?: unknown; readonly Buckets?: unknown; readonly Rules?: unknown }, creations: TimelineCreations,
): void {
  checkSubscriptions(ctx, doc.Topics, 'Topics')
  checkNotifications(ctx, doc.Buckets, 'Buckets')
  checkRules(ctx, doc.Rules, 'Rules', creations)
}
