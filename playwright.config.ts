import { defineConfig } from '@playwright/test';

/**
 * Two projects run the same user scenarios:
 * - `browser-host`: the real renderer in Debian's Chromium through the browser host.
 * - `electron`: the desktop app through Playwright's `_electron`; skipped, with the
 *   reason printed, where no Electron binary exists.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  projects: [
    {
      name: 'browser-host',
      testMatch: 'browser/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        viewport: { width: 1280, height: 860 },
        acceptDownloads: true,
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
