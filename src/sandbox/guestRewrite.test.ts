/**
 * The text of the rewrite: which functions and catch clauses it touches, how, and that every line
 * stays where it was (what the running code does is asyncFunctions.test.ts).
 */
import { describe, expect, test } from 'vitest'
import { rewriteGuestCode } from './guestRewrite.ts'

const CALL = '__lambdaPlayground.asyncCall'
const ARROW = '__lambdaPlayground.asyncArrow'

describe('async functions return their promise through the runtime', () => {
  test.each([
    ['a declaration', 'async function save(x) { return x }', ` function save(x) { return ${CALL}({ save: async () => { return x } }.save);}`],
    ['a named expression', 'const f = async function inner() {}', `const f =  function inner() { return ${CALL}({ inner: async () => {} }.inner);}`],
    ['an anonymous expression named by its variable', 'let f = async function () {}', `let f =  function () { return ${CALL}({ "f": async () => {} }["f"]);}`],
    ['an arrow with a block, wrapped where it is created', 'const handler = async (event) => { return event }', `const handler = ${ARROW}({ "handler": async (event) => { return event } }["handler"])`],
    ['an arrow with an expression', 'const h = async e => ({ e })', `const h = ${ARROW}({ "h": async e => ({ e }) }["h"])`],
    ['an arrow passed along (anonymous, as before)', 'items.map(async (x) => x * 2)', `items.map(${ARROW}(async (x) => x * 2))`],
    ['an object method and a property', 'o = { async m() {}, p: async () => 1 }', `o = {  m() { return ${CALL}({ m: async () => {} }.m);}, p: ${ARROW}({ p: async () => 1 }.p) }`],
    ['class methods: static, computed, private', 'class A { static async s() {} async [k]() {} async #p() {} }',
      `class A { static  s() { return ${CALL}({ s: async () => {} }.s);}  [k]() { return ${CALL}(async () => {});}  #p() { return ${CALL}({ "#p": async () => {} }["#p"]);} }`],
    ['a class field', 'class A { run = async () => this }', `class A { run = ${ARROW}({ "run": async () => this }["run"]) }`],
    ['nested, ending together', 'const f = async () => async () => 1', `const f = ${ARROW}({ "f": async () => ${ARROW}(async () => 1) }["f"])`],
    ['an arrow in a function\'s body', 'async function f() {return async () => 1}', ` function f() { return ${CALL}({ f: async () => {return ${ARROW}(async () => 1)} }.f);}`],
  ])('%s', (_name, code, expected) => {
    expect(rewriteGuestCode(code)).toBe(expected)
  })

  test('every line stays where it was, however the function spreads over lines', () => {
    const code = [
      'export const handler = async ({',
      '  body,',
      '}, context) => {',
      '  await save(body)',
      '  return context.awsRequestId',
      '}',
      'async function save(',
      '  item,',
      ') {',
      '  throw new Error(item)',
      '}',
    ].join('\n')
    const rewritten = rewriteGuestCode(code).split('\n')
    expect(rewritten).toHaveLength(11)
    expect(rewritten[3]).toBe('  await save(body)')
    expect(rewritten[9]).toBe('  throw new Error(item)')
    expect(rewritten[0]).toContain(ARROW)
    expect(rewritten[8]).toContain(CALL)
  })

  test.each([
    ['an async generator', 'async function* g() { yield 1 }\nclass A { async *m() {} }\no = { async *m() {} }'],
    ['a function named async, called', 'async(1); async (x)'],
    ['a property and a method named async', 'o = { async: 1, async() {} }'],
    ['async before a line break (an identifier)', 'x = async\nfunction f() {}'],
    ['a plain function', 'function f() { return 1 }'],
    ['code the parser cannot read', 'async function (( {'],
  ])('left as it was: %s', (_name, code) => {
    expect(rewriteGuestCode(code)).toBe(code)
  })
})

describe('catch clauses hand the error to the runtime first', () => {
  test('a named binding', () => {
    expect(rewriteGuestCode('try { a.b } catch (error) { log(error) }')).toBe('try { a.b } catch (error) { __lambdaPlayground.caught(error); log(error) }')
  })

  test.each([
    ['no binding', 'try { a.b } catch { log() }'],
    ['a destructured binding', 'try { a.b } catch ({ message }) { log(message) }'],
  ])('left as it was: %s', (_name, code) => {
    expect(rewriteGuestCode(code)).toBe(code)
  })
})
