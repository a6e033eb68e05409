import { ConsoleMessage, expect, Page, Request } from '@playwright/test';
import { readFileSync } from 'fs';

/**
 * The app's pages, languages, options and stories, as the build wrote them from the page table
 * (`src/routes/table.rs`) into target/e2e-pages.json: a page added there is crawled and measured here too.
 */
interface Built {
  languages: string[];
  /** The generated pseudo-languages (`./x pseudo` only; empty in a real build). */
  pseudo: string[];
  /** The languages written right to left. */
  rtl: string[];
  pages: string[];
  options: string[];
  medications: string[];
  stories: string[];
}
function builtPages(): Built {
  const [file, build] = PSEUDO ? ['target/e2e-pages-pseudo.json', './x pseudo build'] : ['target/e2e-pages.json', './x build'];
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is missing or unreadable: build first (${build}). ${error}`);
  }
}
/** The run is over the pseudo-language build (E2E_PSEUDO=1, `./x pseudo`): dist-pseudo/ and its page list. */
export const PSEUDO = process.env.E2E_PSEUDO === '1';
const BUILT = builtPages();
/** Every page without an id: product.md's page table. */
export const PRODUCT_PATHS: string[] = BUILT.pages;
export const OPTION_IDS: string[] = BUILT.options;
/** The options that are medications (each has a Starting box), as `src/content/model.rs` declares them. */
export const MEDICATION_IDS: string[] = BUILT.medications;
export const STORY_IDS: string[] = BUILT.stories;
/** The languages the build has, the default first. */
export const LANGUAGES: string[] = BUILT.languages;
/** The pseudo-languages (en-XA, ar-XB) in a pseudo run, none otherwise. */
export const PSEUDO_LANGUAGES: string[] = BUILT.pseudo ?? [];
/** The languages the language-wide checks (crawl, targets, first screen) go over: the real ones (English and
 * Spanish), or in a pseudo run only the pseudo-languages. */
export const CHECKED_LANGUAGES: string[] = PSEUDO ? PSEUDO_LANGUAGES : ['en', 'es'];
/** The direction a language's pages declare. */
export const direction = (lang: string) => ((BUILT.rtl ?? []).includes(lang) ? 'rtl' : 'ltr');
/** A language's address prefix: '' for the default language, '/es' for Spanish. */
export const languagePrefix = (lang: string) => (lang === LANGUAGES[0] ? '' : `/${lang}`);
/** An address's language and app path: '/es/options/taper' is ['es', '/options/taper']. */
export function splitAddress(pathname: string): [string, string] {
  for (const lang of LANGUAGES.slice(1)) {
    if (pathname === `/${lang}` || pathname.startsWith(`/${lang}/`)) return [lang, pathname.slice(lang.length + 1) || '/'];
  }
  return [LANGUAGES[0], pathname];
}

/** Files the app may load: its own static files, nothing else. */
const STATIC_FILE = /(\/|\.html|\.js|\.wasm|\.css|\.svg|\.png|\.ico|\.webmanifest|\.json|\.txt|\.bin)$/;

export interface Watch {
  problems: string[];
}

/** The browser's own line for the missing site.json: no site.json (a 404) is how a copy runs on its defaults. */
export const isMissingSiteFile = (message: ConsoleMessage) =>
  message.text().includes('status of 404') && message.location().url.endsWith('/site.json');

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
    if (isMissingSiteFile(message)) return;
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

/** Opens the header's Display control (language, text size, contrast), if it is closed. */
export async function openDisplay(page: Page) {
  const button = page.locator('.display-button');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.locator('#display-panel')).toBeVisible();
}

/**
 * The app's looks: the light default, the system's dark scheme, and the comfort bar's high contrast (black on
 * white), which wins over a dark system too.
 */
export type Theme = 'light' | 'dark' | 'high contrast' | 'high contrast, dark system';
export const THEMES: Theme[] = ['light', 'dark', 'high contrast', 'high contrast, dark system'];

/**
 * Puts the page in a theme: dark through the system preference (`prefers-color-scheme`), high contrast with
 * the button in the header's Display panel (kept only for this page unless the person chose to remember; the
 * panel is closed again after). Call after each load.
 */
export async function applyTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme.includes('dark') ? 'dark' : 'light' });
  if (theme.startsWith('high contrast')) {
    await openDisplay(page);
    const button = page.locator('.comfort__contrast');
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
    await page.locator('.display-button').click();
    await expect(page.locator('#display-panel')).toBeHidden();
    await expect(page.locator('html')).toHaveClass(/contrast-high/);
    // Native parts (scroll bars, file picker, select lists) must be drawn light too.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
  } else {
    await expect(page.locator('html')).not.toHaveClass(/contrast-high/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(theme);
  }
}

/**
 * Opens /steps after another page (so the app has taken over a page once), presses Shift twice and checks the quick
 * exit's countdown; returns its status line. The third press, or what resets the count, is the caller's test.
 */
export async function shiftTwiceOnSteps(page: Page) {
  await page.goto('/about');
  await appReady(page);
  await page.goto('/steps');
  await appReady(page);
  const status = page.locator('#op-exit-status');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Press Shift two more times to leave this page.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Press Shift one more time to leave this page.');
  return status;
}
