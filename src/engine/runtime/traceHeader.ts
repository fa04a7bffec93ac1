/**
 * The X-Ray trace header Lambda hands the runtime with each request, which the Node.js runtime puts
 * in `process.env._X_AMZN_TRACE_ID` for that invocation [D-envvars]:
 * `Root=1-<start, 8 hex epoch seconds>-<24 hex>;Parent=<16 hex>;Sampled=0;Lineage=1:<8 hex>:<loop count>`.
 * Tracing is not simulated, so nothing is sampled; the ids are deterministic in the run's seed.
 */
import { traceIdsFor } from '../logs/ids.ts'

/** FNV-1a of the function's name, as the 8 hex digits of Lineage (Lambda's own hash is not documented). */
function lineageHash(functionName: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < functionName.length; i++) hash = Math.imul(hash ^ functionName.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

export interface TraceHeaderFacts {
  seed: number
  /** The invocation's serial number in the run. */
  serial: number
  /** When the request arrived, as a wall-clock instant in ms. */
  epochMs: number
  functionName: string
  /** Lineage's count: how many calls deep in its chain of requests the request is (0 for the first). */
  loopCount: number
}

export function traceHeaderFor(facts: TraceHeaderFacts): string {
  const { unique, parent } = traceIdsFor(facts.seed, facts.serial)
  const seconds = Math.floor(facts.epochMs / 1000).toString(16).padStart(8, '0')
  return `Root=1-${seconds}-${unique};Parent=${parent};Sampled=0;Lineage=1:${lineageHash(facts.functionName)}:${facts.loopCount}`
}
