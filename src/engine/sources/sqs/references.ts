/**
 * A queue named as a scenario names it (`orders`), by ARN (`arn:aws:sqs:us-east-1:123456789012:orders`)
 * or by URL (`https://sqs.us-east-1.amazonaws.com/123456789012/orders`): the queue's name.
 */
export function queueNameOf(reference: string): string {
  if (reference.startsWith('arn:')) return reference.slice(reference.lastIndexOf(':') + 1)
  if (reference.includes('/')) return reference.slice(reference.lastIndexOf('/') + 1)
  return reference
}

/** Whether a reference is spelt as an SQS queue's ARN or URL (so it can only mean a queue). */
export function isQueueReference(reference: string): boolean {
  return reference.startsWith('arn:aws:sqs:') || /^https:\/\/sqs\.[^/]+\/[^/]+\/[^/]+$/.test(reference)
}
