import type { World } from '../world.ts'

/** `$LATEST` first, then published versions by number. */
function byVersionOrder(a: string, b: string): number {
  if (a === '$LATEST') return -1
  if (b === '$LATEST') return 1
  return Number(a) - Number(b)
}

/** The `ExecutedVersion` values a function has metrics under: every version that has run. */
export function executedVersions(world: World, functionName: string): string[] {
  const metrics = world.functions.get(functionName)?.metrics
  return metrics ? [...metrics.byVersion.keys()].sort(byVersionOrder) : []
}
