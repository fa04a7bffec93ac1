/**
 * The SDK calls of a generated graph's looping handlers (./graphLoops.ts), and an AWS account that
 * counts each send its service took, by sender and receiver, at the moment the service acts on it
 * (which is when the receiver counts it), so what a handler sent is known exactly at any instant.
 */
import { createAwsService } from '../aws/service.ts'
import type { AwsService } from '../aws/types.ts'
import { awsEnginePort } from '../invoke/awsPort.ts'
import { BUCKET, topicArn } from './buildGraph.ts'
import type { LoopSend } from './graphLoops.ts'
import { KEY_PREFIXES } from './graphTraffic.ts'

export interface SdkCall {
  readonly service: 'sqs' | 'sns' | 's3'
  readonly operation: string
  readonly input: Record<string, string>
}

/** The SDK call a handler makes for `send`; `serial` keeps its objects' keys apart. */
export function sdkCallOf(send: LoopSend, serial: number): SdkCall {
  switch (send.kind) {
    case 'queue':
      return { service: 'sqs', operation: 'SendMessage', input: { QueueUrl: send.name, MessageBody: 'loop' } }
    case 'topic':
      return { service: 'sns', operation: 'Publish', input: { TopicArn: topicArn(send.name), Message: 'loop' } }
    case 'bucket':
      return { service: 's3', operation: 'PutObject', input: { Bucket: BUCKET, Key: `${send.prefix}loop-${serial}`, Body: 'x' } }
  }
}

/** Sends the service took: by `codeEdgeKey(function, receiver)`, and the bucket's objects by key prefix. */
export interface CountedSends {
  readonly byEdge: ReadonlyMap<string, number>
  readonly byPrefix: ReadonlyMap<string, number>
}

export const codeEdgeKey = (fn: string, receiver: string): string => `${fn} → ${receiver}`

const add = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** The receiver (`Kind:Name`) of a call `sdkCallOf` made, and for an object its key prefix. */
function receiverOf(service: string, input: Record<string, string>): { key: string; prefix: string | null } {
  switch (service) {
    case 'sqs':
      return { key: `Queue:${input.QueueUrl}`, prefix: null }
    case 'sns':
      return { key: `Topic:${String(input.TopicArn).split(':').pop()}`, prefix: null }
    default:
      return { key: `Bucket:${input.Bucket}`, prefix: KEY_PREFIXES.find((p) => String(input.Key).startsWith(p)) ?? null }
  }
}

export function countingAwsService(): { service: AwsService; counted: CountedSends } {
  const inner = createAwsService(awsEnginePort)
  const byEdge = new Map<string, number>()
  const byPrefix = new Map<string, number>()
  const service: AwsService = {
    call(world, caller, name, operation, input, respond) {
      inner.call(world, caller, name, operation, input, (outcome) => {
        if (outcome.ok) {
          const receiver = receiverOf(name, input as Record<string, string>)
          add(byEdge, codeEdgeKey(caller.functionName, receiver.key))
          if (receiver.prefix !== null) add(byPrefix, receiver.prefix)
        }
        respond(outcome)
      })
    },
  }
  return { service, counted: { byEdge, byPrefix } }
}
