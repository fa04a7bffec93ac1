/**
 * Monaco, bundled with the app and configured once: the slim editor (no CDN, no other languages),
 * its editor and TypeScript workers through Vite `?worker` imports, TypeScript and JavaScript
 * checked like a Node.js handler, with `@types/aws-lambda` as extra libs so `Handler`, `Context` and
 * every event type complete and check. Only the lazy Code editor imports this module.
 */
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/javascript/register'
import 'monaco-editor/languages/definitions/typescript/register'
import * as typescript from 'monaco-editor/languages/features/typescript/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker'
import { NODE_GLOBALS_DTS, NODE_STREAM_DTS, SANDBOX_MODULES_DTS } from './nodeTypes.ts'

globalThis.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
}

const compilerOptions: typescript.CompilerOptions = {
  target: typescript.ScriptTarget.ES2020,
  module: typescript.ModuleKind.ESNext,
  moduleResolution: typescript.ModuleResolutionKind.NodeJs,
  allowNonTsExtensions: true,
  allowJs: true,
  checkJs: true,
  strict: true,
  esModuleInterop: true,
  // `dom` brings what Node.js shares with browsers (console, timers, URL, TextEncoder).
  lib: ['es2022', 'dom'],
}

const awsLambdaTypes = import.meta.glob<string>('/node_modules/@types/aws-lambda/**/*.d.ts', { query: '?raw', import: 'default', eager: true })

for (const defaults of [typescript.typescriptDefaults, typescript.javascriptDefaults]) {
  defaults.setCompilerOptions(compilerOptions)
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false })
  // Every file of the function is a model; a handler's imports of its other files and of layer modules resolve to them.
  defaults.setEagerModelSync(true)
  for (const [path, source] of Object.entries(awsLambdaTypes)) defaults.addExtraLib(source, `file://${path}`)
  defaults.addExtraLib(NODE_STREAM_DTS, 'file:///node_modules/@types/node-stream-stub/index.d.ts')
  defaults.addExtraLib(NODE_GLOBALS_DTS, 'file:///node_modules/@types/lambda-node-globals/index.d.ts')
  defaults.addExtraLib(SANDBOX_MODULES_DTS, 'file:///node_modules/@types/lambda-sandbox-modules/index.d.ts')
}

export { monaco }
