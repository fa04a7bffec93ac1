import { Fragment, type ReactNode } from 'react'
import { parseInline, parseMarkdown, type Block, type ColumnAlign, type Inline } from './parseMarkdown.ts'

export interface MarkdownProps {
  source: string
  /**
   * Added to each heading's level, so a document's `#` sits under the panel's own headings
   * (`headingOffset={2}` makes `#` an `<h3>`); capped at `<h6>`.
   * @default 0
   */
  headingOffset?: number
}

/** Renders the Markdown subset of ./parseMarkdown.ts as React elements: text is always text. */
export function Markdown({ source, headingOffset = 0 }: MarkdownProps) {
  return <div className="markdown">{parseMarkdown(source).map((block, i) => renderBlock(block, i, headingOffset))}</div>
}

/** Inline Markdown (a hint, a quiz answer): spans only, no paragraphs. */
export function InlineMarkdown({ text }: { text: string }) {
  return <>{renderInlines(parseInline(text))}</>
}

function renderBlock(block: Block, key: number, headingOffset: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(6, block.level + headingOffset)}` as 'h1'
      return <Tag key={key}>{renderInlines(block.children)}</Tag>
    }
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{renderInlines(item)}</li>)
      return block.ordered ? <ol key={key} start={block.start === 1 ? undefined : block.start}>{items}</ol> : <ul key={key}>{items}</ul>
    }
    case 'quote':
      return <blockquote key={key}><p>{renderInlines(block.children)}</p></blockquote>
    case 'table':
      return (
        <table key={key}>
          <thead>
            <tr>{block.header.map((cell, i) => <th key={i} scope="col" style={alignment(block.align[i])}>{renderInlines(cell)}</th>)}</tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, i) => <td key={i} style={alignment(block.align[i])}>{renderInlines(cell)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )
    case 'code':
      return <pre key={key} tabIndex={0} aria-label={block.language ? `${block.language} code` : 'Code'}><code>{block.text}</code></pre>
    default: {
      const unknown: never = block
      return unknown
    }
  }
}

const alignment = (align: ColumnAlign | undefined) => (align ? { textAlign: align } : undefined)

function renderInlines(inlines: readonly Inline[]): ReactNode {
  return inlines.map((inline, i) => <Fragment key={i}>{renderInline(inline)}</Fragment>)
}

function renderInline(inline: Inline): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.text
    case 'code':
      return <code>{inline.text}</code>
    case 'strong':
      return <strong>{renderInlines(inline.children)}</strong>
    case 'em':
      return <em>{renderInlines(inline.children)}</em>
    case 'link':
      return <SafeLink href={inline.href}>{renderInlines(inline.children)}</SafeLink>
    default: {
      const unknown: never = inline
      return unknown
    }
  }
}

/** Whether `href` may become a link: web pages and in-page anchors; `javascript:`, `data:` and the like never. */
export function linkKind(href: string): 'external' | 'anchor' | null {
  if (href.startsWith('#')) return 'anchor'
  return /^(https?:\/\/|mailto:)/i.test(href) ? 'external' : null
}

/** External documentation opens in a new tab that cannot reach back to the playground. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  const kind = linkKind(href)
  if (kind === null) return <>{children}</>
  if (kind === 'anchor') return <a href={href}>{children}</a>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
