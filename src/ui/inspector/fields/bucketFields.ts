/** An S3 bucket and its event notifications. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const BUCKET_FIELDS: readonly FieldSpec[] = [
  nameField('BucketName', fact('S3-Bucket'), '3–63 lowercase letters, digits, dots or hyphens', 'Globally unique in AWS'),
  { path: 'NotificationConfiguration', label: 'NotificationConfiguration', kind: 'json', fact: fact('S3-Notifications'), defaultText: 'none',
    help: 'Which object events (s3:ObjectCreated:*, ...) invoke which functions, queues or topics, with optional key prefix and suffix filters.' },
]
