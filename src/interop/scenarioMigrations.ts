import { SCENARIO_FORMAT } from '../engine/scenario/types.ts'
import { withCurrentMappingUuids } from './legacyMappingUuids.ts'
import type { MigrationChain } from './migrate.ts'

/**
 * Earlier scenario formats and what each becomes. Every document that earlier builds wrote (the
 * shapes in the history of src/engine/scenario/types.ts and scenarios/) is still
 * `lambda-playground/scenario@1` and still accepted by the validator, so there is no step yet; the
 * first change of the format adds one here, with a test that reads a document of the old format.
 * Mapping UUIDs are derived from the document, and their derivation changed once: the Timeline's
 * are refreshed to this build's (legacyMappingUuids.ts).
 */
export const SCENARIO_MIGRATIONS: MigrationChain = { current: SCENARIO_FORMAT, steps: [], refresh: withCurrentMappingUuids }
