/** An SNS topic and its subscriptions. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const TOPIC_FIELDS: readonly FieldSpec[] = [
  nameField('TopicName', fact('SNS-Subscribe'), 'up to 256 letters, digits, hyphens or underscores; FIFO names end in .fifo', 'Unique in the account and Region'),
  { path: 'FifoTopic', label: 'FifoTopic', kind: 'boolean', fact: fact('SNS-FIFO'), defaultText: 'false', help: 'Ordered, deduplicated fan-out to SQS queues only.' },
  { path: 'Subscriptions', label: 'Subscriptions', kind: 'json', fact: fact('with-sns'), defaultText: 'none',
    help: 'Who receives each message: [{"Protocol": "lambda" | "sqs", "Endpoint": ...}]; draw them as edges from the topic.' },
]
