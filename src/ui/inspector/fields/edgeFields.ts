/** Connections with settings of their own: subscriptions, notifications, rule targets, routes, target groups, redrive, destinations. */
import { SQS_MAX_RECEIVE_COUNT_MAX } from '../../../engine/facts.ts'
import type { EdgeKind } from '../../graph/model/graphTypes.ts'
import { fact } from './facts.ts'
import { rangeText, type FieldSpec } from './fieldTypes.ts'
import { MAPPING_FIELDS } from './mappingFields.ts'

const SUBSCRIPTION_FIELDS: readonly FieldSpec[] = [
  { path: 'Protocol', label: 'Protocol', kind: 'enum', options: ['lambda', 'sqs'], required: true, fact: fact('SNS-Subscribe'), help: 'lambda invokes the function asynchronously; sqs sends to the queue.' },
  { path: 'Endpoint', label: 'Endpoint', kind: 'text', required: true, fact: fact('SNS-Subscribe'), help: 'The function (optionally function:alias) or queue.' },
  { path: 'FilterPolicy', label: 'FilterPolicy', kind: 'json', fact: fact('SNS-Filter'), defaultText: 'none', help: 'Only matching messages are delivered to this subscription.' },
  { path: 'FilterPolicyScope', label: 'FilterPolicyScope', kind: 'enum', options: ['MessageAttributes', 'MessageBody'], fact: fact('SNS-Filter'), defaultText: 'MessageAttributes',
    help: 'Whether the policy is matched against message attributes or the body.' },
  { path: 'RawMessageDelivery', label: 'RawMessageDelivery', kind: 'boolean', fact: fact('SNS-Subscribe'), defaultText: 'false', help: 'SQS only: deliver the message alone, without the SNS envelope.' },
]

const NOTIFICATION_FIELDS: readonly FieldSpec[] = [
  { path: 'Events', label: 'Events', kind: 'list', required: true, fact: fact('S3-Notifications'), help: 's3:ObjectCreated:*, s3:ObjectCreated:Put, s3:ObjectRemoved:Delete, ...' },
  { path: 'Filter', label: 'Filter', kind: 'json', fact: fact('S3-Notifications'), defaultText: 'none',
    help: '{"Key": {"FilterRules": [{"Name": "prefix", "Value": "images/"}]}}: only matching object keys.' },
  { path: 'Id', label: 'Id', kind: 'text', fact: fact('S3-Notifications'), defaultText: 'none', help: 'A name for the configuration.' },
]

const RULE_TARGET_FIELDS: readonly FieldSpec[] = [
  { path: 'Id', label: 'Id', kind: 'text', required: true, fact: fact('EB-PutTargets'), help: 'Unique among the rule\'s targets.' },
  { path: 'Arn', label: 'Arn', kind: 'text', required: true, fact: fact('EB-PutTargets'), help: 'The function, queue, topic or bus, by name or ARN.' },
  { path: 'Input', label: 'Input', kind: 'text', fact: fact('EB-PutTargets'), defaultText: 'the event', help: 'JSON text sent instead of the matched event.' },
]

const ROUTE_FIELDS: readonly FieldSpec[] = [
  { path: 'RouteKey', label: 'RouteKey', kind: 'text', required: true, fact: fact('APIGW-Routes'), help: 'GET /orders, ANY /{proxy+} or $default.' },
  { path: 'Target', label: 'Target', kind: 'text', required: true, fact: fact('APIGW-proxy'), help: 'The function (optionally function:alias) the route integrates with.' },
  { path: 'PayloadFormatVersion', label: 'PayloadFormatVersion', kind: 'enum', options: ['1.0', '2.0'], fact: fact('APIGW-http'), defaultText: '2.0 (HTTP APIs)',
    help: 'The event\'s shape; REST APIs always send 1.0.' },
  { path: 'TimeoutInMillis', label: 'TimeoutInMillis', kind: 'integer', fact: fact('APIGW-Limits'), range: rangeText(50, 29_000, 'ms'), defaultText: '29,000',
    help: 'API Gateway answers 504 if the function takes longer, even while it keeps running.' },
]

const TARGET_GROUP_FIELDS: readonly FieldSpec[] = [
  { path: 'Name', label: 'Name', kind: 'text', required: true, fact: fact('D-elb'), help: 'The target group\'s name, used by listener rules.' },
  { path: 'Target', label: 'Target', kind: 'text', required: true, fact: fact('D-elb'), help: 'The function (optionally function:alias) the load balancer invokes.' },
  { path: 'MultiValueHeadersEnabled', label: 'MultiValueHeadersEnabled', kind: 'boolean', fact: fact('D-elb'), defaultText: 'false',
    help: 'Send repeated headers and query parameters as lists (multiValueHeaders).' },
]

const REDRIVE_FIELDS: readonly FieldSpec[] = [
  { path: 'deadLetterTargetArn', label: 'deadLetterTargetArn', kind: 'text', required: true, fact: fact('SQS-DLQ'), help: 'The dead-letter queue, of the same type as this one.' },
  { path: 'maxReceiveCount', label: 'maxReceiveCount', kind: 'integer', required: true, fact: fact('D-sqs-cfg'), range: rangeText(1, SQS_MAX_RECEIVE_COUNT_MAX),
    help: 'Receives before a message moves to the dead-letter queue (AWS recommends at least 5 for Lambda).' },
]

const DESTINATION_FIELDS: readonly FieldSpec[] = [
  { path: 'Destination', label: 'Destination', kind: 'text', required: true, fact: fact('D-async-rec'), help: 'A standard queue, standard topic or function, by name or ARN.' },
]

const DEAD_LETTER_FIELDS: readonly FieldSpec[] = [
  { path: 'TargetArn', label: 'TargetArn', kind: 'text', required: true, fact: fact('D-async-rec'), help: 'A standard queue or topic, by name or ARN.' },
]

/** The settings of an edge, relative to its `path`; undefined when the edge's settings are its node's. */
export const EDGE_FIELDS: Partial<Record<EdgeKind, readonly FieldSpec[]>> = {
  mapping: MAPPING_FIELDS,
  'mapping-failure': DESTINATION_FIELDS,
  subscription: SUBSCRIPTION_FIELDS,
  notification: NOTIFICATION_FIELDS,
  'rule-target': RULE_TARGET_FIELDS,
  route: ROUTE_FIELDS,
  'target-group': TARGET_GROUP_FIELDS,
  redrive: REDRIVE_FIELDS,
  destination: DESTINATION_FIELDS,
  'dead-letter': DEAD_LETTER_FIELDS,
}

/** The weight of an alias's additional version, edited on its edge. */
export const WEIGHT_FIELD: FieldSpec = {
  path: '', label: 'Weight', kind: 'number', required: true, fact: fact('D-alias-routing'), range: '0.0–1.0',
  help: 'The share of the alias\'s invocations that run this version; the primary version gets the rest.',
}
