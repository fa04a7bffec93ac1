/** The push services' part of the document: SNS subscriptions, S3 bucket notifications, EventBridge rules. */
import type { ScenarioContext } from './context.ts'
import { checkNotifications } from './validateNotifications.ts'
import { checkRules } from './validateRules.ts'
import { checkSubscriptions } from './validateSubscriptions.ts'

/** Checked once every function, queue, topic, bucket and bus is known. */
export function checkPush(ctx: ScenarioContext, doc: { readonly Topics?: unknown; readonly Buckets?: unknown; readonly Rules?: unknown }): void {
  checkSubscriptions(ctx, doc.Topics, 'Topics')
  checkNotifications(ctx, doc.Buckets, 'Buckets')
  checkRules(ctx, doc.Rules, 'Rules')
}
