import { expect, Page, Request } from '@playwright/test';

/** Every page of product.md's page table. */
export const PRODUCT_PATHS = [
  '/', '/options', '/compare', '/matters', '/check', '/sure', '/steps', '/summary', '/stories', '/safety',
  '/professionals', '/about', '/privacy',
];
export const OPTION_IDS = ['methadone', 'buprenorphine', 'naltrexone', 'taper', 'abstinence', 'harm-reduction'];

/** Files the app may load: its own static files, nothing else. */
const STATIC_FILE = /(\/|\.html|\.js|\.wasm|\.css|\.svg|\.png|\.ico|\.webmanifest|\.json|\.txt|\.bin)$/;

export interface Watch {
  problems: string[];
}

/** Records every request, console error and CSP violation a page makes. */
export function watchPage(page: Page, origin: string): Watch {
  const watch: Watch = { problems: [] };
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== origin) watch.problems.push(`request to another origin: ${request.url()}`);
    if (request.method() !== 'GET') watch.problems.push(`${request.method()} request: ${request.url()}`);
    // Documents are whole pages (a folder path, which the server may redirect to its index.html).
    if (!request.isNavigationRequest() && !STATIC_FILE.test(url.pathname)) watch.problems.push(`request that is not a static file: ${request.url()}`);
  });
  page.on('console', (message) => {
    // Playwright's own note when a test blocks the offline worker is not the app's.
    if (message.text().includes('registration blocked by Playwright')) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      watch.problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  return watch;
}

/** Fails if the browser holds anything: cookies, local or session storage, IndexedDB, caches. */
export async function expectNothingStored(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: 'caches' in self ? (await caches.keys()).length : 0,
  }));
  expect(stored).toEqual({ local: 0, session: 0, indexedDB: 0, caches: 0 });
}

/** Waits until the app has taken over the page (pages are prerendered, so content shows before that). */
export async function appReady(page: Page) {
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('main#main h1')).toHaveCount(1);
}
