/**
 * Tells this browser's other tabs, at once, that a save changed a workspace, so one showing it takes
 * what was saved before its own next save (../store/persistence.ts `refresh`), and a conflict is met
 * while the edits are fresh in the user's mind. Where BroadcastChannel does not exist nothing is lost
 * either: the revision check on each save finds every conflict, only later.
 */
import { isObject } from '../../engine/scenario/check.ts'

export const TAB_CHANNEL_NAME = 'lambda-playground/workspace-saves'

export interface TabChannel {
  /** Tells the other tabs that this one saved workspace `workspaceId`. */
  announce(workspaceId: string): void
  close(): void
}

export function openTabChannel(onOtherTabSaved: (workspaceId: string) => void, channels = globalThis.BroadcastChannel as typeof BroadcastChannel | undefined): TabChannel {
  if (!channels) return { announce: () => undefined, close: () => undefined }
  const channel = new channels(TAB_CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isObject(event.data) && typeof event.data.workspaceId === 'string') onOtherTabSaved(event.data.workspaceId)
  }
  return { announce: (workspaceId) => channel.postMessage({ workspaceId }), close: () => channel.close() }
}
