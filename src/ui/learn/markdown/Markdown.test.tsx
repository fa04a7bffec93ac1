// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { Markdown } from './Markdown.tsx'
import { parseInline, parseMarkdown } from './parseMarkdown.ts'

afterEach(cleanup)

const html = (source: string, headingOffset?: number) => render(<Markdown source={source} headingOffset={headingOffset} />).container.innerHTML

describe('the Markdown subset', () => {
  test('headings, paragraphs joined across lines, and the heading offset', () => {
    expect(html('# Cold starts\n\nThe first request\nwaits for Init.', 2)).toBe(
      '<div class="markdown"><h3>Cold starts</h3><p>The first request waits for Init.</p></div>',
    )
    expect(html('###### Deep', 3)).toContain('<h6>Deep</h6>')
  })

  test('bullet and numbered lists, an indented line continuing its item', () => {
    expect(parseMarkdown('- one\n- two\n  more\n\n3. three\n4. four')).toEqual([
      { type: 'list', ordered: false, start: 1, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two more' }]] },
      { type: 'list', ordered: true, start: 3, items: [[{ type: 'text', text: 'three' }], [{ type: 'text', text: 'four' }]] },
    ])
    expect(html('1. a\n2. b')).toBe('<div class="markdown"><ol><li>a</li><li>b</li></ol></div>')
    expect(html('3. c')).toContain('<ol start="3">')
  })

  test('emphasis, strong, inline code; snake_case and a lone * stay text', () => {
    expect(parseInline('**Throttles** rise, *then* fall; `Timeout` is `3`')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Throttles' }] },
      { type: 'text', text: ' rise, ' },
      { type: 'em', children: [{ type: 'text', text: 'then' }] },
      { type: 'text', text: ' fall; ' },
      { type: 'code', text: 'Timeout' },
      { type: 'text', text: ' is ' },
      { type: 'code', text: '3' },
    ])
    expect(parseInline('MAX_RETRY_ATTEMPTS and 2 * 3 * 4')).toEqual([{ type: 'text', text: 'MAX_RETRY_ATTEMPTS and 2 * 3 * 4' }])
    expect(parseInline('*a **b** c*')).toEqual([
      { type: 'em', children: [{ type: 'text', text: 'a ' }, { type: 'strong', children: [{ type: 'text', text: 'b' }] }, { type: 'text', text: ' c' }] },
    ])
    expect(parseInline('\\*not em\\*')).toEqual([{ type: 'text', text: '*not em*' }])
  })

  test('fenced code keeps its lines and characters exactly, Markdown inside it is not parsed', () => {
    const source = '```js\nexport const handler = async () => {\n  // **not bold** <b>\n}\n```\nafter'
    expect(parseMarkdown(source)).toEqual([
      { type: 'code', language: 'js', text: 'export const handler = async () => {\n  // **not bold** <b>\n}' },
      { type: 'paragraph', children: [{ type: 'text', text: 'after' }] },
    ])
    render(<Markdown source={source} />)
    expect(screen.getByLabelText('js code').textContent).toContain('// **not bold** <b>')
  })

  test('a quote is a blockquote', () => {
    expect(html('> AWS says so')).toBe('<div class="markdown"><blockquote><p>AWS says so</p></blockquote></div>')
  })

  test('<script> and raw HTML are shown as text, never become elements', () => {
    const { container } = render(<Markdown source={'<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> **bold**\n\n- <b>item</b>'} />)
    expect(container.querySelector('script, img, b')).toBeNull()
    expect(container.textContent).toContain('<script>alert(1)</script>')
    expect(container.textContent).toContain('<img src=x onerror="alert(2)">')
    expect(container.querySelector('li')?.textContent).toBe('<b>item</b>')
    expect(container.querySelector('strong')?.textContent).toBe('bold')
  })

  test('external links open in a new tab without an opener; unsafe schemes stay text', () => {
    render(<Markdown source={'See [the docs](https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html), [here](#top), [evil](javascript:alert(1)) and [data](data:text/html,x).'} />)
    const docs = screen.getByRole('link', { name: /the docs/ })
    expect(docs.getAttribute('href')).toBe('https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html')
    expect(docs.getAttribute('target')).toBe('_blank')
    expect(docs.getAttribute('rel')).toBe('noopener noreferrer')
    expect(docs.textContent).toBe('the docs (opens in a new tab)')
    expect(screen.getByRole('link', { name: 'here' }).getAttribute('target')).toBeNull()
    expect(screen.queryByRole('link', { name: 'evil' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'data' })).toBeNull()
    expect(screen.getByText(/evil/)).toBeTruthy()
  })

  test('GFM pipe tables: a header row, alignment, inline Markdown in cells, escaped pipes', () => {
    const source = [
      'Before.',
      '',
      '| Function | Duration (about) | Cost |',
      '| --- | :---: | --: |',
      '| `power-128` | 4.0 s | 1 × |',
      '| a \\| b | **fast** |',
      '',
      'After.',
    ].join('\n')
    const { container } = render(<Markdown source={source} />)
    const table = screen.getByRole('table')
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Function', 'Duration (about)', 'Cost'])
    const rows = within(table).getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell').map((td) => td.innerHTML))
    expect(rows).toEqual([['<code>power-128</code>', '4.0 s', '1 ×'], ['a | b', '<strong>fast</strong>', '']])
    expect(screen.getAllByRole('columnheader').map((th) => th.style.textAlign)).toEqual(['', 'center', 'right'])
    expect([...container.querySelectorAll('.markdown > p')].map((p) => p.textContent)).toEqual(['Before.', 'After.'])
  })

  test('a pipe in a paragraph is not a table', () => {
    expect(parseMarkdown('a | b\nc')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'a | b c' }] }])
  })

  test('unclosed spans are kept as the characters typed', () => {
    expect(parseInline('a `b and [c](d and **e')).toEqual([{ type: 'text', text: 'a `b and [c](d and **e' }])
  })
})
