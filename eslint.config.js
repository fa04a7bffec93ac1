import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'

const engineDeterminism = 'The engine runs on injected virtual time and a seeded generator (STYLE.md §3).'
const engineStandsAlone = 'The engine imports no UI library (STYLE.md §1); put this in src/ui.'
const sandboxDeterminism = 'User code runs on the engine\'s virtual time and seeded randomness; only src/sandbox/watchdog.ts reads real time.'

/** Real time, randomness and browser objects the engine must not reach. Mirrored by src/engine/boundary.test.ts. */
const engineBannedGlobals = ['Date', 'setTimeout', 'setInterval', 'performance', 'window', 'document', 'crypto']

export default defineConfig([
  globalIgnores(['dist', '.dist-*', 'node_modules', 'test-results', 'playwright-report']),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/sandboxCheck/page/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/worker/**/*.ts', 'src/sandboxCheck/worker/**/*.ts'],
    languageOptions: { globals: globals.worker },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'src/cli/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(react|react-dom|zustand|recharts|monaco-editor)(/.*)?$|^@(xyflow|monaco-editor)/',
          message: engineStandsAlone,
        }],
      }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    // Tests may use Date as an oracle for fixed instants; the engine itself may not.
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...engineBannedGlobals.map((name) => ({ name, message: engineDeterminism }))],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: engineDeterminism },
        ...engineBannedGlobals.map((property) => ({ object: 'globalThis', property, message: engineDeterminism })),
      ],
    },
  },
  {
    // The study library is DOM-free like the engine: the Learn UI renders it, Node runs its checks (src/learn/boundary.test.ts).
    files: ['src/learn/**/*.ts'],
    // Tests, and their support that runs scenarios through src/host, may use what the library may not.
    ignores: ['src/learn/**/*.test.ts', 'src/learn/testing/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(react|react-dom|zustand|recharts|monaco-editor)(/.*)?$|^@(xyflow|monaco-editor)/|(^|/)(ui|worker|sandbox|host)/',
          message: 'The study library imports no UI, worker or sandbox code (STYLE.md §1); describe what the UI should do as data.',
        }],
      }],
      'no-restricted-globals': ['error', ...engineBannedGlobals.map((name) => ({ name, message: 'Challenge checks are pure functions of the document and the run.' }))],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Challenge checks are pure functions of the document and the run.' }],
    },
  },
  {
    // The sandbox may read real time in its watchdog alone; the SDK modules' own rules are theirs.
    files: ['src/sandbox/**/*.ts'],
    ignores: ['src/sandbox/**/*.test.ts', 'src/sandbox/watchdog.ts', 'src/sandbox/sdk/**'],
    rules: {
      'no-restricted-globals': ['error', ...['Date', 'setTimeout', 'setInterval', 'performance', 'window', 'document'].map((name) => ({ name, message: sandboxDeterminism }))],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: sandboxDeterminism }],
    },
  },
])
