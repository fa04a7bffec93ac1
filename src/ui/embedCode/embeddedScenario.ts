import type { Scenario } from '../../engine/api.ts'
import type { EmbedAddress } from '../../embed/embedParams.ts'
import { findBundledScenario } from '../scenarios/bundledScenarios.ts'

/**
 * How a player's address names `document`: by its bundled id when it is that bundled scenario
 * unchanged (a short, readable address that follows the app's updates), else inline, compressed
 * in the fragment as a share link carries it.
 */
export async function embeddedScenario(document: Scenario, bundledId: string | null): Promise<EmbedAddress['scenario']> {
  const bundled = bundledId === null ? undefined : findBundledScenario(bundledId)
  // Compared by content: a scenario restored from the saved workspace is a copy of the bundled one.
  if (bundled && JSON.stringify(bundled.document) === JSON.stringify(document)) return { bundledId: bundled.id }
  const { encodeShareFragment } = await import('../../interop/share/shareLink.ts')
  return { fragment: await encodeShareFragment(document) }
}
