/** An API Gateway REST or HTTP API and its routes. */
import { fact } from './facts.ts'
import { nameField, type FieldSpec } from './fieldTypes.ts'

export const API_FIELDS: readonly FieldSpec[] = [
  nameField('Name', fact('APIGW-Routes'), undefined, 'The API\'s name'),
  { path: 'ProtocolType', label: 'ProtocolType', kind: 'enum', options: ['HTTP', 'REST'], required: true, fact: fact('APIGW-proxy'),
    help: 'HTTP APIs send payload format 2.0 by default; REST APIs always send 1.0 (proxy integration).' },
  { path: 'StageName', label: 'StageName', kind: 'text', fact: fact('APIGW-Routes'), defaultText: '$default (HTTP), prod (REST)', help: 'The stage requests are addressed to.' },
  { path: 'Routes', label: 'Routes', kind: 'json', required: true, fact: fact('APIGW-http'),
    help: 'Route keys and their functions: [{"RouteKey": "GET /orders", "Target": "orders"}]; draw them as edges from the API.' },
]
