/**
 * A lesson's Markdown (learn-contract.md) is `# title`, the explanation, `## What to watch`, maybe
 * `## Try`, and `## Facts behind it`. The panel shows the title, the watch list and the facts in
 * their own places, so they are taken out of the explanation here.
 */
export interface LessonSections {
  /** The explanation (and any other section), without the title, the watch list or the facts. */
  explanation: string
  /** The "What to watch" section's body; empty when the lesson has none. */
  watch: string
}

const WATCH = /^what to watch$/i
const FACTS = /^facts behind it$/i

export function lessonSections(markdown: string): LessonSections {
  const explanation: string[] = []
  const watch: string[] = []
  let into: string[] | null = explanation
  let inFence = false
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence
    const heading = inFence ? null : /^(#{1,2})\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading) {
      const title = heading[2] ?? ''
      if (heading[1] === '#') continue
      into = WATCH.test(title) ? watch : FACTS.test(title) ? null : explanation
      if (into !== explanation) continue
    }
    into?.push(line)
  }
  return { explanation: explanation.join('\n').trim(), watch: watch.join('\n').trim() }
}
