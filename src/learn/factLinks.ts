/**
 * A lesson's facts are the links of its "Facts behind it" section, written once in the Markdown:
 * `- [D-reserved](https://docs.aws.amazon.com/...): what the page establishes`.
 */
import type { FactLink } from './types.ts'

const FACTS_HEADING = '## Facts behind it'

const LINK = /^\s*[-*]\s+\[([^\]]+)\]\(([^)\s]+)\)\s*:?\s*(.*)$/

/** The fact links of a lesson, in the order written; none when the section is missing. */
export function parseFactLinks(markdown: string): FactLink[] {
  const start = markdown.indexOf(FACTS_HEADING)
  if (start < 0) return []
  const section = markdown.slice(start + FACTS_HEADING.length)
  const end = section.search(/^#{1,2} /m)
  return (end < 0 ? section : section.slice(0, end))
    .split('\n')
    .map((line) => LINK.exec(line))
    .filter((match) => match !== null)
    .map(([, tag = '', url = '', text = '']) => ({ tag, url, text: text.trim() }))
}
