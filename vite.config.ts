import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // Relative asset URLs, so the built site works from any path (a subfolder, a file share).
  base: './',
  plugins: [react()],
  // ES module workers can share chunks with the page and use `import`.
  worker: { format: 'es' },
  build: { target: 'es2022' },
  // Playwright's webServer expects exactly this port.
  preview: { port: 4173, strictPort: true },
})
