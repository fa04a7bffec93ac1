import { useEffect } from 'react'
import type { ViewRequests } from '../../worker/views/types.ts'
import { useAppServices } from '../AppServicesContext.ts'

/**
 * Asks the worker to build `view` each frame while the calling panel is mounted (and `request` is
 * not null); its frames then arrive in `state.live.frame.views` (logs in `state.live.logs`).
 * Compared by value, so an inline object literal does not resend.
 */
export function useWatchedView<View extends keyof ViewRequests>(view: View, request: ViewRequests[View] | null): void {
  const { bridge } = useAppServices()
  const key = JSON.stringify(request)
  useEffect(() => {
    bridge.watch(view, JSON.parse(key) as ViewRequests[View] | null)
    return () => bridge.watch(view, null)
  }, [bridge, view, key])
}
