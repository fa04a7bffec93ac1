/**
 * The configuration the prelude receives: the environment's identity and settings from its spec,
 * the seed of its random generator (derived from that identity, so every run replays), the Node.js
 * version its runtime identifier stands for, and the messages the prelude itself needs (the rest
 * of the catalogue is compiled into the internal modules that use it).
 */
import type { EnvironmentSpec } from '../engine/runtime/types.ts'
import { SandboxMessage } from './errors.ts'
import { MAX_LOG_LINES_PER_SEGMENT, NODE_BASELINE_MB } from './limits.ts'
import { TASK_ROOT, nodeMajor } from './moduleSystem.ts'

/** A Node.js release per major version, what `process.version` reports. */
const NODE_VERSIONS: Readonly<Record<number, string>> = {
  16: '16.20.2',
  18: '18.20.8',
  20: '20.19.4',
  22: '22.17.1',
  24: '24.4.1',
}

/** Four 32-bit words from a string (cyrb128), the seed of the guest's sfc32 generator. */
export function seedFrom(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

export function guestConfig(spec: EnvironmentSpec, createdAtMs: number): string {
  const major = nodeMajor(spec.runtime)
  return JSON.stringify({
    functionName: spec.functionName,
    version: spec.version,
    memoryMb: spec.memoryMb,
    logGroupName: spec.logGroupName,
    logStreamName: spec.logStreamName,
    handler: spec.handler,
    env: spec.environmentVariables,
    nodeVersion: NODE_VERSIONS[major] ?? `${major}.0.0`,
    nodeMajor: major,
    arch: 'x64',
    createdAtMs,
    seed: seedFrom(`${spec.functionName}\u0000${spec.version}\u0000${spec.logStreamName}`),
    baselineBytes: NODE_BASELINE_MB * 1024 * 1024,
    maxLogLines: MAX_LOG_LINES_PER_SEGMENT,
    taskRoot: TASK_ROOT,
    messages: { noNetwork: SandboxMessage.noNetwork, noBrowser: SandboxMessage.noBrowser },
  })
}
