/** An SQS queue's attributes (CreateQueue) and its redrive policy. */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import {
  SQS_DELAY_MAX_SECONDS, SQS_MAX_RECEIVE_COUNT_MAX, SQS_RECOMMENDED_MAX_RECEIVE_COUNT, SQS_RETENTION_DEFAULT_SECONDS, SQS_RETENTION_MAX_SECONDS,
  SQS_RETENTION_MIN_SECONDS, SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS, SQS_VISIBILITY_TIMEOUT_MAX_SECONDS,
} from '../../../engine/facts.ts'
import { fact } from './facts.ts'
import { nameField, rangeText, type FieldSpec } from './fieldTypes.ts'


export const QUEUE_FIELDS: readonly FieldSpec[] = [
  nameField('QueueName', fact('SQS-CreateQueue'), 'up to 80 letters, digits, hyphens or underscores; FIFO names end in .fifo', 'Unique in the account and Region'),
  { path: 'FifoQueue', label: 'FifoQueue', kind: 'boolean', fact: fact('SQS-FIFO'), defaultText: 'false',
    help: 'Exactly-once, ordered per message group; Lambda cannot use a FIFO queue as a destination or dead-letter queue.' },
  { path: 'VisibilityTimeout', label: 'VisibilityTimeout', kind: 'integer', fact: fact('D-sqs-cfg'), range: rangeText(0, SQS_VISIBILITY_TIMEOUT_MAX_SECONDS, 'seconds'),
    defaultText: String(SQS_VISIBILITY_TIMEOUT_DEFAULT_SECONDS), help: 'How long a received message stays hidden; Lambda requires it to be at least the function\'s Timeout (AWS suggests 6×).' },
  { path: 'MessageRetentionPeriod', label: 'MessageRetentionPeriod', kind: 'integer', fact: fact('SQS-CreateQueue'),
    range: rangeText(SQS_RETENTION_MIN_SECONDS, SQS_RETENTION_MAX_SECONDS, 'seconds'), defaultText: `${formatNumber(SQS_RETENTION_DEFAULT_SECONDS)} (4 days)`, help: 'How long SQS keeps a message before deleting it.' },
  { path: 'DelaySeconds', label: 'DelaySeconds', kind: 'integer', fact: fact('SQS-CreateQueue'), range: rangeText(0, SQS_DELAY_MAX_SECONDS, 'seconds'), defaultText: '0',
    help: 'How long a new message stays invisible before it can be received.' },
  { path: 'ContentBasedDeduplication', label: 'ContentBasedDeduplication', kind: 'boolean', fact: fact('SQS-FIFO'), defaultText: 'false',
    help: 'FIFO only: messages with the same body within 5 minutes are delivered once.' },
  { path: 'RedrivePolicy.deadLetterTargetArn', label: 'RedrivePolicy.deadLetterTargetArn', kind: 'text', fact: fact('SQS-DLQ'), defaultText: 'none',
    help: 'The queue a message moves to after maxReceiveCount receives; of the same type (standard or FIFO).' },
  { path: 'RedrivePolicy.maxReceiveCount', label: 'RedrivePolicy.maxReceiveCount', kind: 'integer', fact: fact('D-sqs-cfg'), range: rangeText(1, SQS_MAX_RECEIVE_COUNT_MAX),
    help: `Receives before the message is set aside; AWS recommends at least ${SQS_RECOMMENDED_MAX_RECEIVE_COUNT} for a Lambda source queue.` },
]
