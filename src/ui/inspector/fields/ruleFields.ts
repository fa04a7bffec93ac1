/** An EventBridge rule: its pattern or schedule, and its targets. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const RULE_FIELDS: readonly FieldSpec[] = [
  nameField('Name', fact('EB-PutRule'), '1–64 letters, digits, dots, hyphens or underscores', 'Unique on its bus'),
  { path: 'EventBusName', label: 'EventBusName', kind: 'text', fact: fact('EB-PutRule'), defaultText: 'default', help: 'The bus whose events the rule matches; scheduled rules live on the default bus.' },
  { path: 'EventPattern', label: 'EventPattern', kind: 'json', fact: fact('EB-Patterns'), defaultText: 'none',
    help: 'Which events match, e.g. {"source": ["orders"]}; a rule has a pattern, a schedule, or both.' },
  { path: 'ScheduleExpression', label: 'ScheduleExpression', kind: 'text', fact: fact('EB-PutRule'), defaultText: 'none', help: 'rate(5 minutes) or cron(0 12 * * ? *): the rule fires on its own.' },
  { path: 'State', label: 'State', kind: 'enum', options: ['ENABLED', 'DISABLED'], fact: fact('EB-PutRule'), defaultText: 'ENABLED', help: 'A disabled rule matches nothing.' },
  { path: 'Targets', label: 'Targets', kind: 'json', required: true, fact: fact('EB-PutTargets'), range: 'up to 5',
    help: 'Where matching events go: [{"Id": "1", "Arn": "my-function", "Input": "...", "RetryPolicy": {"MaximumRetryAttempts": 185, "MaximumEventAgeInSeconds": 86400}, '
      + '"DeadLetterConfig": {"Arn": "my-queue"}}]; functions are invoked asynchronously, so their errors are retried by Lambda, not by the RetryPolicy.' },
]
