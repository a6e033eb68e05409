// End-to-end tests against the release build in dist/, in Debian's Chromium (never a downloaded browser).
import { defineConfig } from '@playwright/test';

// E2E_PORT moves every server (two checkouts on one machine can test at once): the plain Python server at the
// root (E2E_PORT) and under a sub-path (+1), Debian's nginx with DEPLOY.md's configuration at the root (+2) and
// under /ownpath/ (+3); the update test runs its own servers from +4.
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 8091);
export const SUB_PORT = ROOT_PORT + 1;
export const NGINX_ROOT_PORT = ROOT_PORT + 2;
export const NGINX_SUB_PORT = ROOT_PORT + 3;
export const UPDATE_PORT = ROOT_PORT + 4;
export const SUB_PATH = '/ownpath';
// The build the servers serve (E2E_DIST lets a test run against another build, such as an older one). E2E_PSEUDO=1
// serves the pseudo-language build (`./x pseudo`: dist-pseudo/, its page list target/e2e-pages-pseudo.json).
export const DIST = process.env.E2E_DIST ?? (process.env.E2E_PSEUDO === '1' ? 'dist-pseudo' : 'dist');

const chromium = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
};
// The deployment tests (e2e/deploy.spec.ts) run once per server and path, with the offline worker on.
const deployed = (name: string, baseURL: string) => ({
  name,
  testMatch: /deploy\.spec\.ts/,
  use: { baseURL, serviceWorkers: 'allow' as const, launchOptions: chromium },
});

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'python',
      testIgnore: /deploy\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${ROOT_PORT}`,
        // The offline worker would answer requests before the tests can watch or route them; the offline test
        // turns it back on for itself, and the deployment projects below run with it on.
        serviceWorkers: 'block',
        launchOptions: chromium,
      },
    },
    deployed('python-root', `http://127.0.0.1:${ROOT_PORT}/`),
    deployed('python-subpath', `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`),
    deployed('nginx-root', `http://127.0.0.1:${NGINX_ROOT_PORT}/`),
    deployed('nginx-subpath', `http://127.0.0.1:${NGINX_SUB_PORT}${SUB_PATH}/`),
  ],
  webServer: [
    {
      // A plain static server that answers unknown paths with 404.html, as many static hosts do.
      command: `python3 tools/serve.py ${DIST} --port ${ROOT_PORT} --not-found-page`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      // The same files under a sub-path, with no rewrites and no 404 page.
      command: `python3 tools/serve.py ${DIST} --port ${SUB_PORT} --prefix ${SUB_PATH}`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`,
      reuseExistingServer: false,
    },
    {
      // Debian's nginx (./x installs it) with DEPLOY.md's two configurations (tools/nginx/) and the headers file
      // the build wrote: at the root, and under /ownpath/. In the foreground, on loopback only.
      command: `python3 tools/serve_nginx.py ${DIST} --port ${NGINX_ROOT_PORT} --sub-port ${NGINX_SUB_PORT}`,
      url: `http://127.0.0.1:${NGINX_SUB_PORT}${SUB_PATH}/`,
      reuseExistingServer: false,
    },
  ],
});
