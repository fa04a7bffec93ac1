import { defineConfig, devices } from '@playwright/test'

const origin = 'http://127.0.0.1:4173'

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
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: origin,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
