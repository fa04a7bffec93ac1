/** Every catalog scenario's lesson, by scenario id. */
import { accountLimitContention } from './accountLimitContention.ts'
import { albMultiValueHeaders } from './albMultiValueHeaders.ts'
import { apiGatewayTimeout } from './apiGatewayTimeout.ts'
import { asyncEventAge } from './asyncEventAge.ts'
import { asyncRetries } from './asyncRetries.ts'
import { canaryAlias } from './canaryAlias.ts'
import { canaryByHand } from './canaryByHand.ts'
import { canaryRollout } from './canaryRollout.ts'
import { coldStartsProvisioned } from './coldStartsProvisioned.ts'
import { environmentReuse } from './environmentReuse.ts'
import { eventbridgeDeadLetter } from './eventbridgeDeadLetter.ts'
import { dynamodbStream, eventbridgeScheduleAndPattern, s3Thumbnails, sqsFifoGroups, trafficDailyCycle } from './extras.ts'
import { kinesisPoison } from './kinesisPoison.ts'
import type { Lesson } from './lesson.ts'
import { mappingUpdates } from './mappingUpdates.ts'
import { memoryPowerTuning } from './memoryPowerTuning.ts'
import { recursiveLoop } from './recursiveLoop.ts'
import { reservedConcurrency } from './reservedConcurrency.ts'
import { s3MoveAndDelete } from './s3MoveAndDelete.ts'
import { scalingSpike } from './scalingSpike.ts'
import { snsFanOut } from './snsFanOut.ts'
import { sqsBatching } from './sqsBatching.ts'
import { sqsProvisionedMode } from './sqsProvisionedMode.ts'
import { timeoutsRemainingTime } from './timeoutsRemainingTime.ts'

export const LESSONS: Readonly<Record<string, Lesson>> = {
  'cold-starts-provisioned': coldStartsProvisioned,
  'reserved-concurrency': reservedConcurrency,
  'account-limit-contention': accountLimitContention,
  'scaling-spike': scalingSpike,
  'memory-power-tuning': memoryPowerTuning,
  'canary-alias': canaryAlias,
  'canary-rollout': canaryRollout,
  'canary-by-hand': canaryByHand,
  'async-retries': asyncRetries,
  'async-event-age-and-dlq': asyncEventAge,
  'sqs-batching-and-redrive': sqsBatching,
  'sqs-provisioned-mode': sqsProvisionedMode,
  'sqs-fifo-groups': sqsFifoGroups,
  'kinesis-poison-record': kinesisPoison,
  'mapping-updates': mappingUpdates,
  'dynamodb-stream': dynamodbStream,
  'sns-fan-out': snsFanOut,
  's3-thumbnails': s3Thumbnails,
  's3-move-and-delete': s3MoveAndDelete,
  'eventbridge-schedule-and-pattern': eventbridgeScheduleAndPattern,
  'eventbridge-dead-letter': eventbridgeDeadLetter,
  'api-gateway-timeout': apiGatewayTimeout,
  'alb-multi-value-headers': albMultiValueHeaders,
  'recursive-loop': recursiveLoop,
  'environment-reuse': environmentReuse,
  'timeouts-remaining-time': timeoutsRemainingTime,
  'traffic-daily-cycle': trafficDailyCycle,
}
