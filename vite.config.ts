import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // Relative asset URLs, so the built site works from any path (a subfolder, a file share).
  base: './',
  plugins: [react()],
  // ES module workers can share chunks with the page and use `import`.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Two pages: the playground and the sandbox check (Vite 8 bundles with Rolldown).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        sandboxCheck: fileURLToPath(new URL('./sandbox-check.html', import.meta.url)),
      },
    },
  },
  // Dependencies reached only from the worker are found late in dev and force a reload; list them.
  optimizeDeps: { include: ['quickjs-emscripten-core', '@jitl/quickjs-wasmfile-release-sync', 'sucrase'] },
  // Playwright's webServer expects exactly this port.
  preview: { port: 4173, strictPort: true },
})
