// End-to-end tests against the release build in dist/, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

// E2E_PORT moves both servers (two checkouts on one machine can test at once).
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 8091);
export const SUB_PORT = ROOT_PORT + 1;
export const SUB_PATH = '/ownpath';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    // The offline worker would answer requests before the tests can watch or route them; the offline test
    // turns it back on for itself.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  webServer: [
    {
      // A plain static server that answers unknown paths with 404.html, as many static hosts do.
      command: `python3 tools/serve.py dist --port ${ROOT_PORT} --not-found-page`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      // The same files under a sub-path, with no rewrites and no 404 page.
      command: `python3 tools/serve.py dist --port ${SUB_PORT} --prefix ${SUB_PATH}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`,
      reuseExistingServer: false,
    },
  ],
});
