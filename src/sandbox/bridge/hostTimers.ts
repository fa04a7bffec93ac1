/**
 * The guest's timers as the engine's: each guest timer id maps to the host timer that will fire
 * it in virtual time. An interval re-arms itself from the guest after each firing.
 */
import type { EnvironmentHost } from '../../engine/runtime/types.ts'

export class HostTimers {
  private readonly byGuestId = new Map<number, number>()

  constructor(private readonly host: EnvironmentHost, private readonly fire: (guestId: number) => void) {}

  set(guestId: number, delayMs: number): void {
    this.clear(guestId)
    let hostId = -1
    hostId = this.host.setTimer(delayMs, () => {
      if (this.byGuestId.get(guestId) !== hostId) return
      this.byGuestId.delete(guestId)
      this.fire(guestId)
    })
    this.byGuestId.set(guestId, hostId)
  }

  clear(guestId: number): void {
    const hostId = this.byGuestId.get(guestId)
    if (hostId === undefined) return
    this.byGuestId.delete(guestId)
    this.host.clearTimer(hostId)
  }

  /** When the environment ends: none of its timers may fire into it. */
  clearAll(): void {
    for (const hostId of this.byGuestId.values()) this.host.clearTimer(hostId)
    this.byGuestId.clear()
  }
}
