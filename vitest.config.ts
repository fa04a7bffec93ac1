import { defineConfig, mergeConfig } from 'vitest/config'
// The explicit extension keeps Vite 8 from warning about its native config loader.
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}'],
      // The engine must run without a browser; component tests opt in with `// @vitest-environment jsdom`.
      environment: 'node',
    },
  }),
)
