/** An Application Load Balancer with Lambda target groups. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const LOAD_BALANCER_FIELDS: readonly FieldSpec[] = [
  nameField('Name', fact('D-elb'), undefined, 'The load balancer\'s name'),
  { path: 'TargetGroups', label: 'TargetGroups', kind: 'json', required: true, fact: fact('D-elb'),
    help: 'Target groups with a function as their target: [{"Name": "tg", "Target": "orders"}].' },
  { path: 'Rules', label: 'Rules', kind: 'json', fact: fact('D-elb'), defaultText: 'none', help: 'Listener rules in priority order: [{"PathPattern": "/api/*", "TargetGroup": "tg"}].' },
  { path: 'DefaultTargetGroup', label: 'DefaultTargetGroup', kind: 'text', fact: fact('D-elb'), defaultText: 'none (404)', help: 'Where requests no rule matches go.' },
]
