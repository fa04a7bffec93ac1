/**
 * How a load balancer turns a function's result into the client's HTTP response [G-elb] §11.
 * `statusCode` is required; `statusDescription`, `isBase64Encoded`, the headers and `body` may be
 * left out (the guide lists them as required, but the ALB fills them in: awsdocs/elb-application-
 * load-balancers-user-guide#33), yet a field present with the wrong type, null included, or a header
 * value that is not a string makes the response unreadable: 502 (aws/aws-lambda-dotnet#507,
 * jeremydaly/lambda-api#117). With multi-value headers on, only `multiValueHeaders` is read; off,
 * only `headers` ("You must use multiValueHeaders if you have enabled multi-value headers and headers otherwise").
 */
import { headerMap, isBoolean, isJsonObject, isString, multiHeaderMap, asLists, optional, parsedPayload, statusCodeOf, type HttpResponse } from './httpResponse.ts'

export function albResponse(payload: string, multiValueHeaders: boolean): HttpResponse | null {
  const value = parsedPayload(payload)
  if (!isJsonObject(value)) return null
  const statusCode = statusCodeOf(value.statusCode)
  const description = optional(value.statusDescription, '', isString, false)
  const body = optional(value.body, '', isString, false)
  const isBase64Encoded = optional(value.isBase64Encoded, false, isBoolean, false)
  if (statusCode === undefined || description === undefined || body === undefined || isBase64Encoded === undefined) return null
  const raw = optional(multiValueHeaders ? value.multiValueHeaders : value.headers, {}, isJsonObject, false)
  if (raw === undefined) return null
  const headers = multiValueHeaders ? multiHeaderMap(raw, isString) : mapOrUndefined(headerMap(raw, isString))
  return headers === undefined ? null : { statusCode, headers, body, isBase64Encoded }
}

const mapOrUndefined = (single: Record<string, string> | undefined): Record<string, string[]> | undefined =>
  single === undefined ? undefined : asLists(single)
