/**
 * Share links: the open scenario, whole and compressed, in the URL's fragment (never sent to a
 * server). Opening the page with one adds the scenario to the current workspace as a new entry,
 * next to the user's own, opens it, and removes the fragment so a reload does not add it again.
 * Its code runs, like all code, only in the worker's QuickJS sandbox.
 */
import type { Scenario } from '../../engine/api.ts'
import type { AppServices } from '../commands/command.ts'
import { addNotice } from '../store/edits.ts'
import { openScenario } from './openScenario.ts'
import { showTransferReport } from './transfer.ts'

/** The link for `document`, on this page's address (path and query kept, fragment replaced). */
export async function shareLinkFor(document: Scenario, pageUrl: string): Promise<string> {
  const { encodeShareFragment } = await import('../../interop/share/shareLink.ts')
  const url = new URL(pageUrl)
  url.hash = await encodeShareFragment(document)
  return url.href
}

/** The name a shared scenario takes in the workspace, so it is never mistaken for the user's own. */
export const sharedName = (name: string) => `${name} (shared)`

/**
 * Opens the scenario the page's fragment carries, if any, then removes the fragment from the address
 * (`history.replaceState`, no new history entry). A damaged or invalid link is refused with its
 * problems, and nothing else changes. Returns whether a scenario was added.
 */
export async function openSharedLink(app: AppServices, location: Pick<Location, 'href' | 'hash'>, history: Pick<History, 'replaceState' | 'state'>): Promise<boolean> {
  if (!location.hash) return false
  const { decodeShareFragment } = await import('../../interop/share/shareLink.ts')
  const shared = await decodeShareFragment(location.hash)
  if (shared === null) return false
  const url = new URL(location.href)
  url.hash = ''
  history.replaceState(history.state, '', url.href)
  if (!shared.ok) {
    showTransferReport(app.store, { kind: 'refused', source: 'the share link', problems: shared.errors })
    return false
  }
  const name = sharedName(shared.scenario.Name)
  openScenario.run(app, { document: { ...shared.scenario, Name: name }, bundledId: null, asNew: true })
  addNotice(app.store, 'info', `Opened "${name}" from the link, next to your own scenarios`)
  return true
}
