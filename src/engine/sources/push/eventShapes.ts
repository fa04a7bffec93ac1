/** EventBridge's event envelope [G-events]: `version`, `id`, `detail-type`, `source`, `account`, `time`, `region`, `resources`, `detail`. */
import { ACCOUNT_ID } from '../../facts.ts'
import { isoTimestamp } from '../../logs/format.ts'
import { VIRTUAL_EPOCH_MS } from '../../time/epoch.ts'

/** Events carry whole seconds: `2019-03-01T01:23:45Z`. */
const eventTime = (nowMs: number): string => isoTimestamp(VIRTUAL_EPOCH_MS, nowMs).replace(/\.\d{3}Z$/, 'Z')

export const busArn = (region: string, name: string): string => `arn:aws:events:${region}:${ACCOUNT_ID}:event-bus/${name}`

export interface BusEvent {
  readonly version: '0'
  readonly id: string
  readonly 'detail-type': string
  readonly source: string
  readonly account: string
  readonly time: string
  readonly region: string
  readonly resources: readonly string[]
  readonly detail: unknown
}

export function busEvent(id: string, nowMs: number, region: string, source: string, detailType: string, resources: readonly string[], detail: unknown): BusEvent {
  return { version: '0', id, 'detail-type': detailType, source, account: ACCOUNT_ID, time: eventTime(nowMs), region, resources, detail }
}
