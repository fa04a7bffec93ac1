/**
 * Readers for a call's input, which comes from user code and so may be anything. Each reads one
 * field and throws the service's own parameter error, in its own words, when the field is missing
 * or of the wrong type.
 */
import { isObject, type JsonObject } from '../scenario/check.ts'
import type { AwsError } from './errors.ts'

/** How a service words its parameter errors. */
export interface ParameterErrors {
  missing(field: string): AwsError
  invalid(message: string): AwsError
}

export function inputObject(input: unknown, errors: ParameterErrors): JsonObject {
  if (isObject(input)) return input
  throw errors.invalid("The request must be an object of the command's parameters")
}

export function optionalString(input: JsonObject, field: string, errors: ParameterErrors): string | undefined {
  const value = input[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw errors.invalid(`${field} must be a string`)
  return value
}

export function requiredString(input: JsonObject, field: string, errors: ParameterErrors): string {
  const value = optionalString(input, field, errors)
  if (value === undefined) throw errors.missing(field)
  return value
}

/** The last segment of a URL or ARN: a queue's URL, a topic's or bus's ARN, or a bare name. */
export function lastSegment(reference: string, separator: '/' | ':'): string {
  return reference.slice(reference.lastIndexOf(separator) + 1)
}
