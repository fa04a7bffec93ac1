import type { Scenario } from '../../engine/api.ts'
import type { EmbedAddress } from '../../embed/embedParams.ts'
import { loadBundledScenario } from '../scenarios/bundledScenarios.ts'

/** The bundled scenario's document as shipped; null when it cannot be fetched, so the snippet carries the document inline, which is always right. */
const bundledOriginal = (id: string): Promise<Scenario | null> => loadBundledScenario(id).catch(() => null)

/**
 * How a player's address names `document`: by its bundled id when it is that bundled scenario
 * unchanged (a short, readable address that follows the app's updates), else inline, compressed
 * in the fragment as a share link carries it.
 */
export async function embeddedScenario(document: Scenario, bundledId: string | null): Promise<EmbedAddress['scenario']> {
  // Compared by content: a scenario restored from the saved workspace is a copy of the bundled one.
  if (bundledId !== null && JSON.stringify(await bundledOriginal(bundledId)) === JSON.stringify(document)) return { bundledId }
  const { encodeShareFragment } = await import('../../interop/share/shareLink.ts')
  return { fragment: await encodeShareFragment(document) }
}
