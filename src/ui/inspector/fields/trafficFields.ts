/** A traffic generator: what it invokes, how, when and how often. */
import { SIMULATION, fact } from './facts.ts'
import type { FieldSpec } from './fieldTypes.ts'

export const TRAFFIC_FIELDS: readonly FieldSpec[] = [
  { path: 'Target', label: 'Target', kind: 'text', required: true, fact: fact('D-api-invoke'),
    help: 'A function (name, name:alias, name:version) or a resource that invokes functions: Api:name, Queue:name, Bucket:name, ...' },
  { path: 'InvocationType', label: 'InvocationType', kind: 'enum', options: ['RequestResponse', 'Event', 'DryRun'], fact: fact('D-api-invoke'), defaultText: 'RequestResponse',
    help: 'Synchronous (throttles return 429), asynchronous (Lambda queues and retries), or a dry run (204, nothing runs).' },
  { path: 'Arrivals', label: 'Arrivals', kind: 'json', required: true, fact: SIMULATION,
    help: 'How requests arrive: {"Process": "constant" | "poisson", "RatePerSecond"}, ramp, burst, step, sine or replay.' },
  { path: 'StartSecond', label: 'StartSecond', kind: 'number', fact: SIMULATION, defaultText: '0', help: 'When the generator starts sending, in seconds of the run.' },
  { path: 'EndSecond', label: 'EndSecond', kind: 'number', fact: SIMULATION, defaultText: 'the end of the run', help: 'When it stops.' },
  { path: 'Payload', label: 'Payload', kind: 'json', fact: fact('D-api-invoke'), defaultText: 'none', range: '6 MB synchronous, 1 MB asynchronous', help: 'The event each request sends.' },
  { path: 'Request', label: 'Request', kind: 'json', fact: SIMULATION, defaultText: 'none',
    help: 'For a resource target: the HTTP method, path and body, the object key, the message attributes, ...' },
]
