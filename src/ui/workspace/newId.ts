/**
 * A new workspace or scenario id: random, so ids made in two tabs never collide. `getRandomValues`
 * works on plain http too (a workshop's LAN address), where `crypto.randomUUID` does not exist.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
