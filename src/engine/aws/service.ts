/**
 * The simulated AWS account behind `EnvironmentHost.awsCall`. A call reaches its service after the
 * service's latency (latency.ts), as its own agenda entry; the operation acts then, and its answer
 * goes back at once, or, for a synchronous Lambda Invoke, in a later agenda entry when the invoked
 * function finishes. So a handler's code is never on the stack while the engine acts on its call,
 * and a reply always resumes it from the top of an agenda entry.
 */
import type { AwsCallOutcome } from '../runtime/types.ts'
import type { World } from '../world.ts'
import { DYNAMODB_OPERATIONS } from './dynamodb.ts'
import { AwsError, isAwsServiceName, type AwsServiceName } from './errors.ts'
import { EVENTBRIDGE_OPERATIONS } from './eventbridge.ts'
import { KINESIS_OPERATIONS } from './kinesis.ts'
import { LAMBDA_OPERATIONS } from './lambda.ts'
import { AWS_LATENCY_MS } from './latency.ts'
import type { Operation } from './operation.ts'
import { S3_OPERATIONS } from './s3.ts'
import { SNS_OPERATIONS } from './sns.ts'
import { SQS_OPERATIONS } from './sqs.ts'
import type { AwsCaller, AwsEnginePort, AwsRespond, AwsService } from './types.ts'

const OPERATIONS: Readonly<Record<AwsServiceName, Readonly<Record<string, Operation>>>> = {
  lambda: LAMBDA_OPERATIONS,
  sqs: SQS_OPERATIONS,
  sns: SNS_OPERATIONS,
  s3: S3_OPERATIONS,
  dynamodb: DYNAMODB_OPERATIONS,
  eventbridge: EVENTBRIDGE_OPERATIONS,
  kinesis: KINESIS_OPERATIONS,
}

function failure(error: AwsError): AwsCallOutcome {
  return { ok: false, name: error.errorName, message: error.message }
}

/** What the simulator offers instead of an operation it lacks, so the handler learns what it can call. */
function unknownOperation(service: string, operation: string): AwsError {
  const services = Object.keys(OPERATIONS).join(', ')
  const offered = isAwsServiceName(service)
    ? `its ${service} offers ${Object.keys(OPERATIONS[service]).join(', ')}`
    : `it simulates ${services}`
  return new AwsError('UnknownOperationException', `Lambda Playground does not simulate ${service} ${operation}: ${offered}`)
}

/** Runs the operation as the request reaches the service; answers made later go back through the agenda. */
function handle(world: World, port: AwsEnginePort, caller: AwsCaller, service: string, operation: string, input: unknown, respond: AwsRespond): void {
  let now: AwsCallOutcome | null = null
  let handling = true
  let answered = false
  const answer = (outcome: AwsCallOutcome): void => {
    if (answered) throw new Error(`${service} ${operation} answered twice`)
    answered = true
    if (handling) now = outcome
    else port.schedule(world, world.nowMs, () => respond(outcome))
  }
  const op = isAwsServiceName(service) && Object.hasOwn(OPERATIONS[service], operation) ? OPERATIONS[service][operation] : undefined
  try {
    if (op === undefined) throw unknownOperation(service, operation)
    op({ world, caller, input, port, succeed: (output) => answer({ ok: true, output }) })
  } catch (error) {
    // Only AWS's answers become the call's outcome; anything else is an engine bug and stops the run.
    if (!(error instanceof AwsError)) throw error
    answer(failure(error))
  }
  handling = false
  if (now !== null) respond(now)
}

/** The account's services, scheduling through `port` (simulation.ts wires it to the agenda and to `request`). */
export function createAwsService(port: AwsEnginePort): AwsService {
  return {
    call(world, caller, service, operation, input, respond) {
      const latencyMs = isAwsServiceName(service) ? AWS_LATENCY_MS[service] : 0
      port.schedule(world, world.nowMs + latencyMs, () => handle(world, port, caller, service, operation, input, respond))
    },
  }
}
