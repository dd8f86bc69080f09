// Browser tests in Debian's Chromium against a running platform (the proxy's address in SPARKNET_WEB_URL;
// tests/browser starts one on the test infrastructure and runs these).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.SPARKNET_TEST_RESULTS ?? 'test-results',
  use: {
    baseURL: process.env.SPARKNET_WEB_URL ?? 'http://127.0.0.1:8080',
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // WebGL (the graph and the map) in headless Chromium without a GPU.
      args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'],
    },
  },
});
