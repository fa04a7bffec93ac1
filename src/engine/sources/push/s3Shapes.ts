/**
 * S3 event notification records in the real shape (fact sheet §11 [G-s3]; message structure:
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html).
 */
import { ACCOUNT_ID } from '../../facts.ts'

/** The object an event is about: removals carry only the key. */
export interface S3ObjectFacts {
  readonly key: string
  readonly size?: number
  /** With its quotes, as S3 stores it; the event shows it bare. */
  readonly eTag?: string
}

export interface S3EventContext {
  readonly region: string
  readonly eventTime: string
  readonly eventName: string
  readonly bucketName: string
  readonly configurationId: string
  readonly requestId: string
  readonly sequencer: string
}

const bucketArn = (name: string): string => `arn:aws:s3:::${name}`

/**
 * Keys are URL-encoded in events, as Java's URLEncoder does (space as `+`; letters, digits and
 * `.-*_` kept), with `/` kept too.
 */
function encodeEventKey(key: string): string {
  return encodeURIComponent(key)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2F/g, '/')
}

/** One notification: `{ Records: [record] }` (S3 sends one record per event). */
export function s3Event(context: S3EventContext, object: S3ObjectFacts): object {
  return {
    Records: [{
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: context.region,
      eventTime: context.eventTime,
      eventName: context.eventName,
      userIdentity: { principalId: `AWS:AROA${ACCOUNT_ID}EXAMPLE` },
      requestParameters: { sourceIPAddress: '203.0.113.10' },
      responseElements: { 'x-amz-request-id': context.requestId, 'x-amz-id-2': `${context.requestId}/simulated` },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: context.configurationId,
        bucket: { name: context.bucketName, ownerIdentity: { principalId: 'A3I5XTEXAMAI3E' }, arn: bucketArn(context.bucketName) },
        object: {
          key: encodeEventKey(object.key),
          ...(object.size === undefined ? {} : { size: object.size }),
          ...(object.eTag === undefined ? {} : { eTag: object.eTag.replaceAll('"', '') }),
          sequencer: context.sequencer,
        },
      },
    }],
  }
}
