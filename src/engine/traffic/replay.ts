/**
 * A recorded trace for the `replay` arrival process: CSV lines `seconds[,payload]`. Parsed once,
 * by the validator (which reports the line that is wrong) and by the engine (which then trusts it).
 */

export interface ReplayArrival {
  /** Seconds from the traffic window's start. */
  readonly atSecond: number
  /** The payload column parsed as JSON, or kept as text when it is not JSON; undefined when absent. */
  readonly payload: unknown
}

export type ReplayParse = { ok: true; arrivals: ReplayArrival[] } | { ok: false; line: number; message: string }

function payloadOf(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Times must not go backwards (a trace is recorded in order); blank lines are skipped, and so is a
 * first line whose time column is not a number (a header such as `seconds,payload`).
 */
export function parseReplay(csv: string): ReplayParse {
  const arrivals: ReplayArrival[] = []
  const lines = csv.split(/\r?\n/)
  let previous = 0
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const comma = line.indexOf(',')
    const timeText = (comma < 0 ? line : line.slice(0, comma)).trim()
    const atSecond = Number(timeText)
    if (timeText === '' || !Number.isFinite(atSecond)) {
      if (arrivals.length === 0 && index === 0) continue
      return { ok: false, line: index + 1, message: `"${timeText}" is not a number of seconds` }
    }
    if (atSecond < 0) return { ok: false, line: index + 1, message: `${timeText} is negative; times are seconds from the traffic's start` }
    if (atSecond < previous) return { ok: false, line: index + 1, message: `${timeText} comes before the previous line's ${previous}; a trace is in time order` }
    previous = atSecond
    const payloadText = comma < 0 ? '' : line.slice(comma + 1).trim()
    arrivals.push({ atSecond, payload: payloadText === '' ? undefined : payloadOf(payloadText) })
  }
  return { ok: true, arrivals }
}
