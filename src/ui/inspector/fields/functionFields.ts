/** A function's settings (`$LATEST`), and the configuration a published version may override. */
import { formatNumber } from '../../../engine/scenario/describe.ts'
import {
  DESCRIPTION_MAX_LENGTH, EPHEMERAL_STORAGE_MAX_MB, EPHEMERAL_STORAGE_MIN_MB, LAYERS_MAX, MAX_EVENT_AGE_MAX_SECONDS,
  MAX_EVENT_AGE_MIN_SECONDS, MAX_RETRY_ATTEMPTS_DEFAULT, MAX_RETRY_ATTEMPTS_MAX, MAX_VCPU, MB_PER_VCPU, MEMORY_DEFAULT_MB,
  MEMORY_MAX_MB, MEMORY_MIN_MB, TIMEOUT_DEFAULT_SECONDS, TIMEOUT_MAX_SECONDS, TIMEOUT_MIN_SECONDS,
  DEFAULT_IDLE_TIMEOUT_SECONDS, DEFAULT_MAX_ENVIRONMENT_LIFETIME_SECONDS, ENVIRONMENT_VARIABLES_MAX_BYTES,
} from '../../../engine/facts.ts'
import { SIMULATION, fact } from './facts.ts'
import { nameField, rangeText, type FieldSpec } from './fieldTypes.ts'

const SIM = 'Simulation'

/** `Simulation.*`: how the simulator models the handler when it has no code (or alongside it). */
export const SIMULATION_FIELDS: readonly FieldSpec[] = [
  { path: 'Simulation.DurationMs', label: 'DurationMs', kind: 'json', group: SIM, fact: SIMULATION, defaultText: '{"Distribution":"constant","Value":100}',
    help: 'Handler work per invocation in ms, as a distribution: constant (Value), exponential (Mean), uniform (Min, Max), normal or lognormal (Mean, StdDev).' },
  { path: 'Simulation.InitDurationMs', label: 'InitDurationMs', kind: 'json', group: SIM, fact: fact('D-runtime-env'), defaultText: '{"Distribution":"constant","Value":200}',
    help: 'The Init phase of a cold start, as a distribution; beyond 10 s Lambda retries the init inside the first invoke.' },
  { path: 'Simulation.ErrorRate', label: 'ErrorRate', kind: 'number', group: SIM, fact: SIMULATION, range: '0–1', defaultText: '0',
    help: 'Share of modelled invocations that end in a function error (asynchronous ones are then retried).' },
  { path: 'Simulation.IdleTimeoutSeconds', label: 'IdleTimeoutSeconds', kind: 'nullableNumber', group: SIM, fact: SIMULATION,
    defaultText: String(DEFAULT_IDLE_TIMEOUT_SECONDS), nullMeans: 'never reclaimed', range: '≥ 0 seconds, or null',
    help: 'How long an idle execution environment is kept warm; AWS documents no number.' },
  { path: 'Simulation.MaxEnvironmentLifetimeSeconds', label: 'MaxEnvironmentLifetimeSeconds', kind: 'nullableNumber', group: SIM, fact: fact('D-runtime-env'),
    defaultText: formatNumber(DEFAULT_MAX_ENVIRONMENT_LIFETIME_SECONDS), nullMeans: 'never recycled', range: '> 0 seconds, or null',
    help: 'Lambda recycles every environment "every few hours", even under steady traffic.' },
  { path: 'Simulation.CpuBoundShare', label: 'CpuBoundShare', kind: 'number', group: SIM, fact: fact('D-memory'), range: '0–1', defaultText: '0',
    help: `Share of DurationMs that is CPU-bound and so speeds up with memory (${formatNumber(MB_PER_VCPU)} MB = 1 vCPU).` },
  { path: 'Simulation.ReferenceMemorySize', label: 'ReferenceMemorySize', kind: 'integer', group: SIM, fact: fact('D-memory'),
    range: rangeText(MEMORY_MIN_MB, MEMORY_MAX_MB, 'MB'), defaultText: 'the function\'s MemorySize', help: 'The memory at which DurationMs was measured.' },
  { path: 'Simulation.Threads', label: 'Threads', kind: 'integer', group: SIM, fact: fact('D-memory'), range: `1–${MAX_VCPU}`, defaultText: '1',
    help: 'How many vCPUs the CPU-bound work can use: single-threaded Node.js gains nothing above 1 vCPU.' },
  { path: 'Simulation.MemoryUsedMb', label: 'MemoryUsedMb', kind: 'json', group: SIM, fact: SIMULATION, defaultText: '{"Distribution":"constant","Value":70}',
    help: 'Max Memory Used per invocation, as a distribution; above MemorySize the invocation runs out of memory.' },
]

/** The settings a published version snapshots from `$LATEST`, and may override in the document. */
export const CONFIG_FIELDS: readonly FieldSpec[] = [
  { path: 'Description', label: 'Description', kind: 'text', fact: fact('D-quotas'), range: `up to ${DESCRIPTION_MAX_LENGTH} characters`, help: 'Free text shown in the console.' },
  { path: 'Runtime', label: 'Runtime', kind: 'text', fact: fact('D-runtime-env'), defaultText: 'nodejs20.x', help: 'The language runtime; handler code runs as Node.js.' },
  { path: 'Handler', label: 'Handler', kind: 'text', fact: fact('D-api-invoke'), defaultText: 'index.handler', range: 'up to 128 characters, no spaces',
    help: 'The file and exported function Lambda calls: index.handler calls handler in index.js.' },
  { path: 'MemorySize', label: 'MemorySize', kind: 'integer', fact: fact('D-memory'), range: rangeText(MEMORY_MIN_MB, MEMORY_MAX_MB, 'MB'), defaultText: String(MEMORY_DEFAULT_MB),
    help: `Memory, which also sets CPU: one full vCPU at ${formatNumber(MB_PER_VCPU)} MB, up to ${MAX_VCPU}. Billed per GB-second.` },
  { path: 'Timeout', label: 'Timeout', kind: 'integer', fact: fact('D-timeout'), range: rangeText(TIMEOUT_MIN_SECONDS, TIMEOUT_MAX_SECONDS, 'seconds'), defaultText: String(TIMEOUT_DEFAULT_SECONDS),
    help: 'How long an invocation may run before Lambda stops it ("Task timed out").' },
  { path: 'Architectures', label: 'Architectures', kind: 'enum', arrayOfOne: true, options: ['x86_64', 'arm64'], fact: fact('D-quotas'), defaultText: 'x86_64',
    help: 'The instruction set; arm64 (Graviton) is billed about 20 % less per GB-second.' },
  { path: 'EphemeralStorage.Size', label: 'EphemeralStorage.Size', kind: 'integer', fact: fact('D-tmp'),
    range: rangeText(EPHEMERAL_STORAGE_MIN_MB, EPHEMERAL_STORAGE_MAX_MB, 'MB'), defaultText: String(EPHEMERAL_STORAGE_MIN_MB), help: 'Size of /tmp; above 512 MB it is billed.' },
  { path: 'Environment.Variables', label: 'Environment.Variables', kind: 'json', fact: fact('D-envvars'), defaultText: 'none',
    range: `${formatNumber(ENVIRONMENT_VARIABLES_MAX_BYTES / 1024)} KB in total`, help: 'Name → value; Lambda reserves names such as AWS_REGION and _HANDLER.' },
  { path: 'Layers', label: 'Layers', kind: 'list', fact: fact('D-layers'), range: `at most ${LAYERS_MAX}`, defaultText: 'none',
    help: 'Layer versions extracted over /opt in this order, as name:version or a layer version ARN.' },
  ...SIMULATION_FIELDS,
]

const ASYNC = 'Asynchronous invocation'

export const FUNCTION_FIELDS: readonly FieldSpec[] = [
  nameField('FunctionName', fact('D-api-invoke'), '1–64 letters, digits, hyphens or underscores', 'Unique in the account and Region'),
  ...CONFIG_FIELDS.filter((f) => f.group === undefined),
  { path: 'ReservedConcurrentExecutions', label: 'ReservedConcurrentExecutions', kind: 'integer', fact: fact('D-reserved'), range: '0 to the account limit − 100', defaultText: 'none (unreserved pool)',
    help: 'Both the most environments the function may use and a guarantee; 0 throttles every invocation.' },
  { path: 'RecursiveLoop', label: 'RecursiveLoop', kind: 'enum', options: ['Terminate', 'Allow'], fact: fact('D-recursion'), defaultText: 'Terminate',
    help: 'Terminate stops a loop of functions, queues and topics after about 16 invocations.' },
  { path: 'EventInvokeConfig.MaximumRetryAttempts', label: 'MaximumRetryAttempts', kind: 'integer', group: ASYNC, fact: fact('D-async-cfg'),
    range: `0–${MAX_RETRY_ATTEMPTS_MAX}`, defaultText: String(MAX_RETRY_ATTEMPTS_DEFAULT), help: 'Retries of an asynchronous event after a function error: about 1 minute, then 2 minutes later.' },
  { path: 'EventInvokeConfig.MaximumEventAgeInSeconds', label: 'MaximumEventAgeInSeconds', kind: 'integer', group: ASYNC, fact: fact('D-async-cfg'),
    range: rangeText(MAX_EVENT_AGE_MIN_SECONDS, MAX_EVENT_AGE_MAX_SECONDS, 'seconds'), defaultText: formatNumber(MAX_EVENT_AGE_MAX_SECONDS),
    help: 'How long Lambda keeps an event in its internal queue before giving up on it.' },
  { path: 'EventInvokeConfig.DestinationConfig.OnSuccess.Destination', label: 'OnSuccess destination', kind: 'text', group: ASYNC, fact: fact('D-async-rec'), defaultText: 'none',
    help: 'A standard queue, standard topic or function that receives a record of each successful asynchronous invocation.' },
  { path: 'EventInvokeConfig.DestinationConfig.OnFailure.Destination', label: 'OnFailure destination', kind: 'text', group: ASYNC, fact: fact('D-async-rec'), defaultText: 'none',
    help: 'Receives a record of each event that failed every attempt or grew too old.' },
  { path: 'DeadLetterConfig.TargetArn', label: 'DeadLetterConfig.TargetArn', kind: 'text', group: ASYNC, fact: fact('D-async-rec'), defaultText: 'none',
    help: 'A standard queue or topic that receives failed events as they were sent, with RequestID, ErrorCode and ErrorMessage.' },
  ...SIMULATION_FIELDS,
]
