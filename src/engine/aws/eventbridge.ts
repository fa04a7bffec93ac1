/** EventBridge PutEvents from handler code: each event goes on its bus, whose rules send it to their targets (sources/push). */
import { isObject, type JsonObject } from '../scenario/check.ts'
import { utf8ByteLength } from '../scenario/describe.ts'
import type { World } from '../world.ts'
import { putEventOnBus } from '../sources/push/eventBus.ts'
import { awsError } from './errors.ts'
import { inputObject, lastSegment, type ParameterErrors } from './input.ts'
import { DEFAULT_EVENT_BUS, EVENTBRIDGE_ENTRIES_MAX, EVENTBRIDGE_REQUEST_MAX_BYTES } from './limits.ts'
import type { AwsCall, Operation } from './operation.ts'

const ERRORS: ParameterErrors = {
  missing: (field) => awsError('eventbridge', 'ValidationException',
    `1 validation error detected: Value null at '${field.charAt(0).toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must not be null`),
  invalid: (message) => awsError('eventbridge', 'ValidationException', message),
}

/** One entry's result: an event id, or an entry-level error (PutEvents fails entries, not the call). */
type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string }

function requiredArgument(name: string): EntryResult {
  return { ErrorCode: 'InvalidArgument', ErrorMessage: `Parameter ${name} is not valid. Reason: ${name} is a required argument.` }
}

function text(entry: JsonObject, field: string): string | undefined {
  const value = entry[field]
  return typeof value === 'string' && value !== '' ? value : undefined
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}

/** The entry's size as EventBridge counts it, near enough: its strings' UTF-8 bytes. */
function entryBytes(entry: unknown): number {
  if (!isObject(entry)) return 0
  const strings = [entry.Source, entry.DetailType, entry.Detail, ...list(entry.Resources)]
  return strings.reduce<number>((sum, s) => sum + (typeof s === 'string' ? utf8ByteLength(s) : 0), 0)
}

function putEntry(world: World, entry: unknown): EntryResult {
  if (!isObject(entry)) return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Each entry must be an object.' }
  const source = text(entry, 'Source')
  if (source === undefined) return requiredArgument('Source')
  const detailType = text(entry, 'DetailType')
  if (detailType === undefined) return requiredArgument('DetailType')
  const detailText = text(entry, 'Detail')
  if (detailText === undefined) return requiredArgument('Detail')
  let detail: unknown
  try {
    detail = JSON.parse(detailText)
  } catch {
    detail = undefined
  }
  // Detail is "a valid JSON object". https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html
  if (!isObject(detail)) return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' }
  const busName = lastSegment(text(entry, 'EventBusName') ?? DEFAULT_EVENT_BUS, '/')
  // Rules on the bus match it and send it on; EventBridge starts a new chain of requests [D-recursion].
  const id = putEventOnBus(world, busName, {
    source, detailType, resources: list(entry.Resources).filter((r): r is string => typeof r === 'string'), detail, detailText,
  })
  return id === null ? { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${busName} does not exist.` } : { EventId: id }
}

function putEvents(call: AwsCall): void {
  const input = inputObject(call.input, ERRORS)
  if (input.Entries === undefined || input.Entries === null) throw ERRORS.missing('Entries')
  const entries = list(input.Entries)
  if (!Array.isArray(input.Entries) || entries.length < 1 || entries.length > EVENTBRIDGE_ENTRIES_MAX) {
    throw ERRORS.invalid(`Entries must be a list of 1 to ${EVENTBRIDGE_ENTRIES_MAX} entries`)
  }
  if (entries.reduce<number>((sum, entry) => sum + entryBytes(entry), 0) > EVENTBRIDGE_REQUEST_MAX_BYTES) {
    throw ERRORS.invalid('Total size of the entries in the request is over the limit.')
  }
  const results = entries.map((entry) => putEntry(call.world, entry))
  call.succeed({ FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length, Entries: results })
}

export const EVENTBRIDGE_OPERATIONS: Readonly<Record<string, Operation>> = { PutEvents: putEvents }
