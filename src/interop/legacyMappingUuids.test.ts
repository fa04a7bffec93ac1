import { describe, expect, test } from 'vitest'
import { mappingUuidOf } from '../engine/sources/mappingIds.ts'
import { withCurrentMappingUuids } from './legacyMappingUuids.ts'
import { migrate } from './migrate.ts'
import { parseScenarioText } from './scenarioFormat.ts'
import { SCENARIO_MIGRATIONS } from './scenarioMigrations.ts'

/** scenarios/mapping-updates.json as earlier builds wrote it, with the UUIDs they derived from each mapping's place. */
const EARLIER = {
  Format: 'lambda-playground/scenario@1',
  Name: 'mapping updates',
  Functions: [{ FunctionName: 'worker' }, { FunctionName: 'consumer' }],
  Queues: [{ QueueName: 'orders' }],
  Streams: [{ StreamName: 'clicks' }],
  EventSourceMappings: [
    { EventSourceArn: 'orders', FunctionName: 'worker' },
    { EventSourceArn: 'clicks', FunctionName: 'consumer', StartingPosition: 'TRIM_HORIZON' },
  ],
  Timeline: [
    { AtSecond: 60, Do: { Action: 'UpdateEventSourceMapping', UUID: '99c36daf-45f8-4799-b6e9-96e8e636e880', Enabled: false } },
    { AtSecond: 150, Do: { Action: 'UpdateEventSourceMapping', UUID: 'ed0ea99e-7b94-4cba-999c-28e22aa527e8', MaximumRetryAttempts: 0 } },
    { AtSecond: 160, Do: { Action: 'UpdateEventSourceMapping', UUID: 'not-a-mapping', Enabled: true } },
  ],
}
const CURRENT = [mappingUuidOf('orders', 'worker'), mappingUuidOf('clicks', 'consumer'), 'not-a-mapping']
const uuids = (doc: unknown): unknown[] => ((doc as typeof EARLIER).Timeline).map((e) => e.Do.UUID)

describe("earlier builds' mapping UUIDs", () => {
  test('are rewritten to the ones this build derives for the same mappings; any other UUID is left for the validator', () => {
    expect(uuids(withCurrentMappingUuids(EARLIER))).toEqual(CURRENT)
    expect(uuids(EARLIER)).not.toEqual(CURRENT)
  })

  test('a document without them is returned as it is', () => {
    const current = { ...EARLIER, Timeline: [{ AtSecond: 60, Do: { Action: 'UpdateEventSourceMapping', UUID: CURRENT[0] } }] }
    expect(withCurrentMappingUuids(current)).toBe(current)
    expect(withCurrentMappingUuids({ Format: EARLIER.Format, Timeline: 'damaged' })).toEqual({ Format: EARLIER.Format, Timeline: 'damaged' })
  })

  test('every way in refreshes them: the scenario chain that stored workspaces migrate by, files and share links', () => {
    const migrated = migrate(EARLIER, SCENARIO_MIGRATIONS)
    expect(migrated).toMatchObject({ ok: true, migratedFrom: null })
    expect(migrated.ok && uuids(migrated.document)).toEqual(CURRENT)
    const parsed = parseScenarioText(JSON.stringify({ ...EARLIER, Timeline: EARLIER.Timeline.slice(0, 2) }))
    expect(parsed.ok && uuids(parsed.scenario)).toEqual(CURRENT.slice(0, 2))
  })
})
