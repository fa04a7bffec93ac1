/**
 * Sucrase's files by path (package.json's `#sucrase/*`: its ES modules in a browser bundle, its
 * CommonJS files in Node.js, which cannot load the ES build's extensionless imports): the transform
 * and the parser the guest rewrite reads tokens from are one copy in the worker's bundle, and the
 * package's types describe only its entry point.
 */
declare module '#sucrase/index.js' {
  export { transform } from 'sucrase'
}
declare module '#sucrase/parser/index.js' {
  export { parse } from 'sucrase/dist/types/parser/index'
}
declare module '#sucrase/parser/tokenizer/index.js' {
  export { IdentifierRole, Token } from 'sucrase/dist/types/parser/tokenizer/index'
}
declare module '#sucrase/parser/tokenizer/keywords.js' {
  export { ContextualKeyword } from 'sucrase/dist/types/parser/tokenizer/keywords'
}
declare module '#sucrase/parser/tokenizer/types.js' {
  export { TokenType } from 'sucrase/dist/types/parser/tokenizer/types'
}
