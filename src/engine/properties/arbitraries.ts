/**
 * Random valid scenarios for the engine's property tests: small accounts (1–4 functions, at most
 * 120 simulated seconds, at most 3,200 arriving requests) that still reach every feature the
 * invariants are about — reserved and provisioned concurrency, versions, weighted aliases, async
 * retries and destinations, idle reclaim and recycling, both scaling models and a timeline of
 * changes. Raw draws (fractions and picks) are mapped onto a document that respects every
 * cross-field rule, so shrinking keeps documents valid; the properties still assert validity.
 */
import type fc from 'fast-check'
import type { Scenario } from '../scenario/types.ts'
import { buildScenario } from './buildScenario.ts'
import { scenarioDraw } from './draws.ts'

/** A random valid scenario (see the module comment for what it covers). */
export const scenarioArbitrary: fc.Arbitrary<Scenario> = scenarioDraw.map(buildScenario)
