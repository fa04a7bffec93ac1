/**
 * Two edits the runtime makes to users' code after transpiling, each within a line, so stack
 * traces keep pointing at the user's lines (columns move only on an edited line, and the
 * environment keeps the code as evaluated, which QuickJS's columns count in):
 *
 * - An async function returns its promise through the runtime, which can then report one rejected
 *   with no handler, as Node.js does (QuickJS creates these promises natively, and
 *   quickjs-emscripten does not expose QuickJS's rejection tracker). An async arrow is wrapped where
 *   it is created: `const h = async (e) => B` → `const h = __lambdaPlayground.asyncArrow({ "h": async (e) => B }["h"])`
 *   (a bound function with the arrow's name and length; nothing more per call). A declaration,
 *   expression or method becomes a plain function whose body is an async arrow the runtime calls:
 *   `async function f(a) { B }` → `function f(a) { return __lambdaPlayground.asyncCall({ f: async () => { B } }.f); }`,
 *   which keeps its `this`, `arguments`, `super` and `new.target`. Object keys give the arrows their
 *   functions' names for stack frames. Async generators are left alone.
 * - A catch clause that binds a name first hands the error to `__lambdaPlayground.caught`, which
 *   words QuickJS's messages for common mistakes as V8 does, in the error's own `message`.
 *
 * Code the parser cannot read, or whose rewrite it cannot read back, is left as it was.
 */
import { parse } from '#sucrase/parser/index.js'
import { IdentifierRole, type Token } from '#sucrase/parser/tokenizer/index.js'
import { ContextualKeyword } from '#sucrase/parser/tokenizer/keywords.js'
import { TokenType as tt } from '#sucrase/parser/tokenizer/types.js'

/** The frozen global through which rewritten code reaches the runtime (globals.ts defines it). */
const RUNTIME = '__lambdaPlayground'
const LINE_BREAK = /[\n\r\u2028\u2029]/
const MAY_NEED_REWRITE = /\b(?:async|catch)\b/

/** How the inner arrow gets the function's name: `{ key: async () => … }access`. */
interface FunctionName {
  key: string
  access: string
}

/** Text replacing [at, end); at one position, openings come first (outermost first), then closings (innermost first), then removals. */
interface Edit {
  at: number
  end: number
  text: string
  rank: number
}

const OPENING = 0
const CLOSING = 1
const REMOVAL = 2
const MAX_TOKENS = 1e9

function edit(kind: number, order: number, at: number, text: string, end = at): Edit {
  return { at, end, text, rank: kind * MAX_TOKENS + (kind === CLOSING ? MAX_TOKENS - order : order) }
}

/** For each bracket token, the index of its partner (`${` pairs with `}`). */
function partners(tokens: readonly Token[]): Int32Array {
  const partner = new Int32Array(tokens.length).fill(-1)
  const open: number[] = []
  tokens.forEach((token, index) => {
    if (token.type === tt.parenL || token.type === tt.bracketL || token.type === tt.braceL || token.type === tt.dollarBraceL) {
      open.push(index)
    } else if (token.type === tt.parenR || token.type === tt.bracketR || token.type === tt.braceR) {
      const from = open.pop()
      if (from !== undefined) {
        partner[from] = index
        partner[index] = from
      }
    }
  })
  return partner
}

class Rewrite {
  readonly edits: Edit[] = []
  private readonly partner: Int32Array
  /** Where each function's scope ends (exclusive), by the token its scope starts at: `(` of its parameters, or an arrow's first token. */
  private readonly functionEnds = new Map<number, number>()

  constructor(private readonly code: string, private readonly tokens: readonly Token[], scopes: readonly { startTokenIndex: number; endTokenIndex: number; isFunctionScope: boolean }[]) {
    this.partner = partners(tokens)
    for (const scope of scopes) {
      if (!scope.isFunctionScope) continue
      this.functionEnds.set(scope.startTokenIndex, Math.max(scope.endTokenIndex, this.functionEnds.get(scope.startTokenIndex) ?? 0))
    }
  }

  visit(index: number): void {
    const token = this.tokens[index]
    if (token?.type === tt._catch) this.catchClause(index)
    // `async` is a name token, except before a class member (its own token type there).
    else if (token?.type === tt._async || (token?.type === tt.name && token.contextualKeyword === ContextualKeyword._async)) this.asyncFunction(index)
  }

  private text(token: Token): string {
    return this.code.slice(token.start, token.end)
  }

  private type(index: number): number | undefined {
    return this.tokens[index]?.type
  }

  /** `catch (e) {` → `catch (e) { __lambdaPlayground.caught(e);` (a destructured or absent binding is left alone). */
  private catchClause(index: number): void {
    const binding = this.tokens[index + 2]
    const brace = this.tokens[index + 4]
    if (this.type(index + 1) !== tt.parenL || binding?.type !== tt.name || this.type(index + 3) !== tt.parenR || brace?.type !== tt.braceL) return
    this.edits.push(edit(OPENING, index, brace.end, ` ${RUNTIME}.caught(${this.text(binding)});`))
  }

  private asyncFunction(index: number): void {
    const token = this.tokens[index]
    const next = this.tokens[index + 1]
    // `async` then a line break is the identifier `async`, whatever follows.
    if (token === undefined || next === undefined || LINE_BREAK.test(this.code.slice(token.end, next.start))) return
    if (next.type === tt._function) {
      if (this.type(index + 2) === tt.star) return
      const named = this.tokens[index + 2]
      if (named?.type === tt.name) this.block(index, index + 3, { key: this.text(named), access: `.${this.text(named)}` })
      else this.block(index, index + 2, this.inferredName(index))
      return
    }
    if (next.type === tt.parenL) {
      const close = this.partner[index + 1] ?? -1
      if (close > 0 && this.type(close + 1) === tt.arrow) this.arrow(index, index + 1, close + 2)
      return
    }
    if (next.type === tt.name && this.type(index + 2) === tt.arrow) {
      this.arrow(index, index, index + 3)
      return
    }
    this.method(index, next)
  }

  /** `async key(…) { … }` in a class or an object literal. */
  private method(index: number, key: Token): void {
    if (key.type === tt.bracketL) {
      this.block(index, (this.partner[index + 1] ?? -1) + 1, undefined)
    } else if (key.type === tt.hash && this.type(index + 2) === tt.name) {
      const name = JSON.stringify(`#${this.text(this.tokens[index + 2] as Token)}`)
      this.block(index, index + 3, { key: name, access: `[${name}]` })
    } else if (key.type === tt.string || key.type === tt.num) {
      this.block(index, index + 2, { key: this.text(key), access: `[${this.text(key)}]` })
    } else if (key.type === tt.name || (key.type & tt.IS_KEYWORD) !== 0) {
      this.block(index, index + 2, { key: this.text(key), access: `.${this.text(key)}` })
    }
  }

  /** A function with a block body whose parameters open at `paren`. */
  private block(asyncIndex: number, paren: number, name: FunctionName | undefined): void {
    const end = this.functionEnds.get(paren)
    const open = (this.partner[paren] ?? -1) + 1
    const brace = this.tokens[open]
    const last = end === undefined ? undefined : this.tokens[end - 1]
    if (this.type(paren) !== tt.parenL || brace?.type !== tt.braceL || end === undefined || last === undefined || this.partner[open] !== end - 1) return
    this.wrap(asyncIndex, brace.end, `return ${RUNTIME}.asyncCall(${opening(name)}async () => {`, last.start, `}${closing(name)});`)
  }

  /**
   * An async arrow (scope from `scopeStart`, body from `bodyStart`) keeps its own parameters and is
   * wrapped where it is created, once: `__lambdaPlayground.asyncArrow(async (x) => …)`.
   */
  private arrow(asyncIndex: number, scopeStart: number, bodyStart: number): void {
    const token = this.tokens[asyncIndex]
    const end = this.functionEnds.get(scopeStart)
    const last = end === undefined ? undefined : this.tokens[end - 1]
    if (token === undefined || end === undefined || last === undefined || end <= bodyStart) return
    const name = this.inferredName(asyncIndex)
    this.edits.push(
      edit(OPENING, asyncIndex, token.start, `${RUNTIME}.asyncArrow(${opening(name)}`),
      edit(CLOSING, asyncIndex, last.end, `${closing(name)})`),
    )
  }

  /** A function or method: `async` goes, and its body becomes an arrow the runtime calls. */
  private wrap(asyncIndex: number, openAt: number, openText: string, closeAt: number, closeText: string): void {
    const token = this.tokens[asyncIndex] as Token
    this.edits.push(
      edit(REMOVAL, asyncIndex, token.start, '', token.end),
      edit(OPENING, asyncIndex, openAt, ` ${openText}`),
      edit(CLOSING, asyncIndex, closeAt, closeText),
    )
  }

  /** The name JavaScript gives an anonymous function from where it stands: `x = …`, `{ x: … }`, a default `(x = …)`, a field `x = …`. */
  private inferredName(asyncIndex: number): FunctionName | undefined {
    const before = this.tokens[asyncIndex - 1]
    const key = this.tokens[asyncIndex - 2]
    if (before === undefined || key === undefined) return undefined
    if (before.type === tt.eq && key.type === tt.name) {
      const prior = this.type(asyncIndex - 3)
      if (prior === tt.dot || prior === tt.questionDot) return undefined
      const name = prior === tt.hash ? `#${this.text(key)}` : this.text(key)
      return name === '__proto__' ? undefined : { key: JSON.stringify(name), access: `[${JSON.stringify(name)}]` }
    }
    if (before.type === tt.colon && key.identifierRole === IdentifierRole.ObjectKey && this.text(key) !== '__proto__') {
      return key.type === tt.name ? { key: this.text(key), access: `.${this.text(key)}` } : { key: this.text(key), access: `[${this.text(key)}]` }
    }
    return undefined
  }
}

function opening(name: FunctionName | undefined): string {
  return name === undefined ? '' : `{ ${name.key}: `
}

function closing(name: FunctionName | undefined): string {
  return name === undefined ? '' : ` }${name.access}`
}

function readable(code: string): ReturnType<typeof parse> | undefined {
  try {
    return parse(code, false, false, false)
  } catch {
    return undefined
  }
}

/** `code` (JavaScript, as transpiled) with its async functions and catch clauses rewritten (see above). */
export function rewriteGuestCode(code: string): string {
  if (!MAY_NEED_REWRITE.test(code)) return code
  const file = readable(code)
  if (file === undefined) return code
  const rewrite = new Rewrite(code, file.tokens, file.scopes)
  for (let index = 0; index < file.tokens.length; index++) rewrite.visit(index)
  if (rewrite.edits.length === 0) return code
  const edits = [...rewrite.edits].sort((a, b) => a.at - b.at || a.rank - b.rank)
  let out = ''
  let position = 0
  for (const change of edits) {
    out += code.slice(position, change.at) + change.text
    position = Math.max(position, change.end)
  }
  out += code.slice(position)
  return readable(out) === undefined ? code : out
}
