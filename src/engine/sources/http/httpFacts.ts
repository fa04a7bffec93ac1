/**
 * The documented numbers and status codes of API Gateway and Application Load Balancer in front of
 * Lambda (lambda-facts §5, §11), with their source tags, and the few answers that are ours where
 * AWS documents none (marked "ours").
 */

/** REST APIs: integration timeout 50 ms – 29 s, 29 s by default. [G-apigw-limits] §5 */
export const REST_TIMEOUT_MAX_MS = 29_000
/** HTTP APIs: at most 30 s, not adjustable (and 30 s by default). [G-apigw-limits] §5 */
export const HTTP_API_TIMEOUT_MAX_MS = 30_000
export const INTEGRATION_TIMEOUT_MIN_MS = 50
/** API Gateway payload: 10 MB (Lambda's 6 MB synchronous limit applies behind it). [G-apigw-limits] §5 */
export const API_PAYLOAD_MAX_BYTES = 10 * 1024 * 1024
/** ALB → Lambda: request body at most 1 MB, response JSON at most 1 MB. [D-elb] [G-elb] §5 */
export const ALB_LAMBDA_MAX_BYTES = 1024 * 1024

/**
 * "If the Lambda API rejects the invocation request, API Gateway returns a 500 error code. If the
 * function runs but returns an error, or returns a response in the wrong format, API Gateway returns
 * a 502." A throttle (429) and a payload over 6 MB (413) are such rejections. [D-apigw-errors]
 */
export const API_LAMBDA_REJECTED = 500
export const API_BAD_GATEWAY = 502
/** The integration did not answer within `TimeoutInMillis`. [G-apigw-limits] */
export const API_TIMEOUT = 504
export const API_TOO_LARGE = 413
/** REST APIs answer a path or method they have no resource for with 403 "Missing Authentication Token"; HTTP APIs with 404. */
export const REST_NO_ROUTE = 403
export const HTTP_API_NO_ROUTE = 404

/**
 * ALB: a function error, a response it cannot read, a response over 1 MB and a function that timed
 * out are 502 [G-elb-troubleshooting]; a request body over 1 MB is 413 [G-elb-troubleshooting].
 */
export const ALB_BAD_GATEWAY = 502
export const ALB_TOO_LARGE = 413
/**
 * A throttled function: the access log records `LambdaThrottling`, counted as LambdaUserError
 * [G-elb-access-logs], but no ELB page gives the status code. Ours: 503 Service Unavailable.
 */
export const ALB_THROTTLED = 503
/** No listener rule matches and no default target group: the default action's fixed response (ours: 404). */
export const ALB_NO_RULE = 404
