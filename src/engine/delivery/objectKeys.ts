import { nextAwsId } from '../aws/ids.ts'
import { isoTimestamp } from '../logs/format.ts'
import { VIRTUAL_EPOCH_MS } from '../time/epoch.ts'
import type { World } from '../world.ts'

/**
 * Where an S3 on-failure destination keeps an async invocation's record:
 * `aws/lambda/async/<function-name>/YYYY/MM/DD/YYYY-MM-DDTHH.MM.SS-<random UUID>` (UTC) [D-async-rec].
 */
export function asyncFailureKey(world: World, functionName: string): string {
  const iso = isoTimestamp(VIRTUAL_EPOCH_MS, world.nowMs)
  const date = iso.slice(0, 10)
  const time = iso.slice(11, 19).replaceAll(':', '.')
  return `aws/lambda/async/${functionName}/${date.replaceAll('-', '/')}/${date}T${time}-${nextAwsId(world)}`
}
