import { requestIdFor } from '../logs/ids.ts'
import type { World } from '../world.ts'

/** Keeps SDK-issued ids apart from request ids of the same seed and number. */
const AWS_ID_SALT = 0x53444b31

/** The next message or event id: UUID-shaped like AWS's, and the same in every run of the seed. */
export function nextAwsId(world: World): string {
  return awsIdOf(world, world.aws.idSerial++)
}

/** The id issued as number `idSerial` (a message formats its id only when someone reads it). */
export function awsIdOf(world: World, idSerial: number): string {
  return requestIdFor((world.seed ^ AWS_ID_SALT) >>> 0, idSerial)
}

/** A FIFO queue's or topic's next sequence number: 20 digits, increasing, as SQS and SNS show them. */
export function nextSequenceNumber(world: World): string {
  return '1' + String(world.aws.idSerial++).padStart(19, '0')
}
