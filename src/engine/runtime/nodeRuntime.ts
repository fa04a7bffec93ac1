/** The major Node.js version of a runtime identifier (`nodejs20.x` → 20); undefined for anything else. */
export function nodeMajorVersion(runtime: string): number | undefined {
  const match = /^nodejs(\d+)/.exec(runtime)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
