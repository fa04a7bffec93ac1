/**
 * The S3 event types the simulator produces and their notification wildcards, and S3's rule that
 * notification configurations of one bucket must not overlap: no two may share an event type for
 * keys both their filters match, or S3 refuses the configuration.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-event-types-and-destinations.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html
 */

/** What happens to objects, as events name it (`eventName`, without the `s3:` of configurations). */
const S3_OBJECT_EVENTS = [
  'ObjectCreated:Put', 'ObjectCreated:Post', 'ObjectCreated:Copy', 'ObjectCreated:CompleteMultipartUpload',
  'ObjectRemoved:Delete', 'ObjectRemoved:DeleteMarkerCreated',
] as const

/** The values a configuration's `Events` may list. */
export const S3_NOTIFICATION_EVENTS: readonly string[] = [
  's3:ObjectCreated:*', ...S3_OBJECT_EVENTS.slice(0, 4).map((e) => `s3:${e}`),
  's3:ObjectRemoved:*', ...S3_OBJECT_EVENTS.slice(4).map((e) => `s3:${e}`),
]

/** Whether a configured type (`s3:ObjectCreated:*`) covers an event (`ObjectCreated:Put`). */
export function coversEvent(configured: string, event: string): boolean {
  const type = configured.slice(3)
  return type.endsWith(':*') ? event.startsWith(type.slice(0, -1)) : type === event
}

/** Whether two configured types share an event. */
export function eventTypesOverlap(a: string, b: string): boolean {
  return S3_OBJECT_EVENTS.some((event) => coversEvent(a, event) && coversEvent(b, event))
}

export interface KeyFilter {
  readonly prefix: string
  readonly suffix: string
}

/** Whether some key matches both filters: their prefixes are one a prefix of the other, and their suffixes one a suffix of the other. */
export function keyFiltersOverlap(a: KeyFilter, b: KeyFilter): boolean {
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix)
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix)
  return prefixes && suffixes
}

export const keyMatches = (filter: KeyFilter, key: string): boolean => key.startsWith(filter.prefix) && key.endsWith(filter.suffix)
