import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { serviceWorkerPlugin } from './src/offline/build/serviceWorkerPlugin.ts'

export default defineConfig({
  // Relative asset URLs, so the built site works from any path (a subfolder, a file share).
  base: './',
  // The service worker that makes the built site work offline (src/offline); builds only.
  plugins: [react(), serviceWorkerPlugin()],
  // ES module workers can share chunks with the page and use `import`.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // The pages: the playground, the sandbox check, the embedded player and its sample page (Vite 8 bundles with Rolldown).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        sandboxCheck: fileURLToPath(new URL('./sandbox-check.html', import.meta.url)),
        // The embeddable player (src/embed) and the sample documentation page that embeds it.
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        embedSample: fileURLToPath(new URL('./docs/embed-sample.html', import.meta.url)),
      },
    },
  },
  // Dependencies reached only from the worker are found late in dev and force a reload; list them.
  optimizeDeps: { include: ['quickjs-emscripten-core', '@jitl/quickjs-wasmfile-release-sync', 'sucrase'] },
  // Playwright's webServer expects exactly this port.
  preview: { port: 4173, strictPort: true },
})
