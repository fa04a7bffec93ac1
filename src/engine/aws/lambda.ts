/** Lambda's Invoke API called from handler code [API] §2.1, with recursive loop detection §8. */
import {
  ACCOUNT_ID, ASYNC_PAYLOAD_MAX_BYTES, STATUS_DRY_RUN, STATUS_EVENT, STATUS_REQUEST_RESPONSE,
  STATUS_THROTTLED, STATUS_TOO_LARGE, SYNC_PAYLOAD_MAX_BYTES,
} from '../facts.ts'
import { receiveAsync } from '../invoke/asyncInvoker.ts'
import { request } from '../invoke/request.ts'
import { resolveTarget } from '../invoke/targets.ts'
import type { JsonObject } from '../scenario/check.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import type { InvocationType } from '../scenario/types.ts'
import { RECURSIVE_INVOCATION_ERROR, recursionStops } from '../sources/recursion.ts'
import type { World } from '../world.ts'
import { awsError, type AwsError } from './errors.ts'
import { inputObject, optionalString, requiredString, type ParameterErrors } from './input.ts'
import type { AwsCall, Operation } from './operation.ts'
import type { SyncInvokeResult } from './types.ts'

const INVOCATION_TYPES: readonly InvocationType[] = ['RequestResponse', 'Event', 'DryRun']

/** Lambda words constraint violations as the API's model validation does. */
function constraint(field: string, value: string, rule: string): AwsError {
  const member = field.charAt(0).toLowerCase() + field.slice(1)
  return awsError('lambda', 'ValidationException', `1 validation error detected: Value ${value} at '${member}' failed to satisfy constraint: ${rule}`)
}

const ERRORS: ParameterErrors = {
  missing: (field) => constraint(field, 'null', 'Member must not be null'),
  invalid: (message) => awsError('lambda', 'InvalidParameterValueException', message),
}

/** A request Lambda refuses counts as received and rejected, as the step API's requests do. */
function rejected(world: World, error: AwsError): AwsError {
  world.ledger.received++
  world.ledger.rejected++
  return error
}

function tooLarge(maxBytes: number): AwsError {
  return awsError('lambda', 'RequestTooLargeException', `Request must be smaller than ${maxBytes} bytes for the InvokeFunction operation`)
}

/** `name`, `name:qualifier` or an ARN, with the `Qualifier` parameter, which must agree with one in the name [API]. */
function qualifiedName(functionName: string, qualifier: string | undefined): { name: string; qualifier: string | undefined } {
  const afterFunction = functionName.includes(':function:') ? functionName.slice(functionName.indexOf(':function:') + 10) : functionName
  const [name = '', derived] = afterFunction.split(':')
  if (qualifier !== undefined && derived !== undefined && derived !== qualifier) {
    throw ERRORS.invalid('The derived qualifier from the function name does not match the specified qualifier.')
  }
  return { name, qualifier: qualifier ?? derived }
}

/** Lambda passes the payload's JSON to the handler; no payload is the empty object. */
function parsePayload(world: World, text: string): unknown {
  if (text === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw rejected(world, awsError('lambda', 'InvalidRequestContentException', 'Could not parse request body into json: Could not parse payload into json'))
  }
}

function invocationType(input: JsonObject): InvocationType {
  const value = optionalString(input, 'InvocationType', ERRORS) ?? 'RequestResponse'
  const found = INVOCATION_TYPES.find((t) => t === value)
  if (found === undefined) throw constraint('InvocationType', `'${value}'`, 'Member must satisfy enum value set: [Event, RequestResponse, DryRun]')
  return found
}

function syncResponse(result: SyncInvokeResult): object {
  return {
    StatusCode: STATUS_REQUEST_RESPONSE,
    ExecutedVersion: result.executedVersion,
    ...(result.functionError === null ? {} : { FunctionError: result.functionError }),
    Payload: result.payload,
  }
}

/**
 * `Payload` arrives as JSON text (the SDK module decodes a Uint8Array) and the response's `Payload`
 * leaves as JSON text, which the module encodes back.
 */
function invoke(call: AwsCall): void {
  const { world, caller } = call
  const input = inputObject(call.input, ERRORS)
  const type = invocationType(input)
  const { name, qualifier } = qualifiedName(requiredString(input, 'FunctionName', ERRORS), optionalString(input, 'Qualifier', ERRORS))
  const target = resolveTarget(world, qualifier === undefined ? name : `${name}:${qualifier}`)
  if (!target) {
    const arn = `arn:aws:lambda:${world.region}:${ACCOUNT_ID}:function:${name}${qualifier === undefined ? '' : `:${qualifier}`}`
    throw rejected(world, awsError('lambda', 'ResourceNotFoundException', `Function not found: ${arn}`))
  }
  const text = optionalString(input, 'Payload', ERRORS) ?? ''
  const bytes = utf8ByteLength(text)
  switch (type) {
    case 'DryRun':
      // Validates the request; the function does not run [API].
      request(world, target, 'DryRun', undefined, 0)
      call.succeed({ StatusCode: STATUS_DRY_RUN, Payload: '' })
      return
    case 'Event': {
      if (bytes > ASYNC_PAYLOAD_MAX_BYTES) throw rejected(world, tooLarge(ASYNC_PAYLOAD_MAX_BYTES))
      const payload = parsePayload(world, text)
      world.ledger.received++
      // One step further down the caller's chain: the async path stops the chain past ~16 [D-recursion].
      receiveAsync(world, target, payload, bytes, caller.chainDepth + 1)
      call.succeed({ StatusCode: STATUS_EVENT, Payload: '' })
      return
    }
    case 'RequestResponse': {
      if (bytes > SYNC_PAYLOAD_MAX_BYTES) throw rejected(world, tooLarge(SYNC_PAYLOAD_MAX_BYTES))
      const payload = parsePayload(world, text)
      const chainDepth = caller.chainDepth + 1
      // Loops made only of Lambda functions, synchronous ones included, are stopped too [D-recursion] §8.
      if (recursionStops(world, target.fn, chainDepth)) {
        throw rejected(world, awsError('lambda', RECURSIVE_INVOCATION_ERROR.errorType, RECURSIVE_INVOCATION_ERROR.errorMessage))
      }
      const status = call.port.invokeSync(world, target, payload, bytes, chainDepth, (result) => call.succeed(syncResponse(result)))
      if (status === STATUS_THROTTLED) throw awsError('lambda', 'TooManyRequestsException', 'Rate Exceeded.')
      if (status === STATUS_TOO_LARGE) throw tooLarge(SYNC_PAYLOAD_MAX_BYTES)
      return
    }
    default: {
      const unknown: never = type
      throw new Error(`Unknown InvocationType ${String(unknown)}`)
    }
  }
}

export const LAMBDA_OPERATIONS: Readonly<Record<string, Operation>> = { Invoke: invoke }
