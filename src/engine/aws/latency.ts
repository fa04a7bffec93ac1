import type { AwsServiceName } from './errors.ts'

/**
 * How long a call takes to reach its service, in virtual milliseconds. AWS documents no latencies:
 * these are the simulator's choices, small round numbers in the range a call from Lambda in the same
 * Region usually sees, fixed (not drawn) so that a run replays exactly. The service acts when the
 * request arrives and answers at once; a synchronous Lambda Invoke answers when the invoked function
 * finishes.
 */
export const AWS_LATENCY_MS: Readonly<Record<AwsServiceName, number>> = {
  /** The Invoke API's own overhead, before the invoked function starts. */
  lambda: 15,
  sqs: 10,
  sns: 15,
  s3: 20,
  dynamodb: 5,
  eventbridge: 15,
  kinesis: 10,
}
