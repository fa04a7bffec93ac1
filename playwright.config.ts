import { defineConfig, devices } from '@playwright/test'

// Several engineers share one machine: each can build into their own folder and serve it on their own port.
const port = Number(process.env.E2E_PORT ?? 4173)
const distDir = process.env.E2E_DIST ?? 'dist'
const origin = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: './e2e',
  // Two cores: parallel browsers only slow each other down.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: { baseURL: origin },
  projects: [
    {
      name: 'debian-chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Playwright cannot download its own browsers here; Debian's chromium works.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Explicit, because --disable-quic and --disable-gpu are not among Playwright's defaults.
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${distDir}`,
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
