// Every language at the first paint (issue 17): each page has an address per language (/es/… for Spanish),
// prerendered in that language, so it reads in Spanish before the wasm and without JavaScript; the language switch
// is a link; `?lang=es` goes to the Spanish address; deep links work at the root and under a sub-path.
import { test, expect, Page } from '@playwright/test';
import { SUB_PATH, SUB_PORT } from '../playwright.config';
import { appReady, LANGUAGES, languagePrefix, openDisplay, OPTION_IDS, PRODUCT_PATHS, STORY_IDS, watchPage } from './helpers';

const ALL_PAGES = [...PRODUCT_PATHS, ...OPTION_IDS.map((id) => `/options/${id}`), ...STORY_IDS.map((id) => `/stories/${id}`)];

/** The page's readable text, one line per block, without the list of sources (paper titles keep their language). */
async function lines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('.references, .reference-list, cite, .cite').forEach((el) => el.remove());
    return main.innerText.split('\n').map((line) => line.trim()).filter(Boolean);
  });
}

test('with JavaScript off, every page reads in every language, with no English left in the others', async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ALL_PAGES) {
    await page.goto(`${baseURL}${path}`);
    const english = new Set((await lines(page)).filter((line) => line.split(/\s+/).length >= 4));
    const englishTitle = await page.title();
    for (const lang of LANGUAGES.slice(1)) {
      const address = `${languagePrefix(lang)}${path}`;
      const response = await page.goto(`${baseURL}${address}`);
      expect(response?.status(), address).toBe(200);
      await expect(page.locator('html'), address).toHaveAttribute('lang', lang);
      await expect(page.locator('html'), address).toHaveAttribute('dir', 'ltr');
      await expect(page.locator('main h1'), address).toHaveCount(1);
      if (path !== '/') expect(await page.title(), `${address} has its own title`).not.toBe(englishTitle);
      // Sentences of four words or more from the English page must not stand in the translated one (names do).
      const leaked = (await lines(page)).filter((line) => english.has(line));
      expect(leaked, `English on ${address}`).toEqual([]);
      // Its links stay in its language: every in-app link but the language switch carries the prefix.
      const hrefs = await page.locator('main a[href], header a[href], .footer-nav a[href]').evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(baseURL!).origin || url.pathname.endsWith('neutral.html')) continue;
        expect(url.pathname, `a link on ${address}`).toMatch(new RegExp(`^/${lang}(/|$)`));
      }
      // Each page names its other languages.
      for (const other of LANGUAGES) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`), address).toHaveCount(1);
      }
    }
  }
  await context.close();
});

test('with JavaScript off, the language switch is a link to the same page in the other language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/options/methadone`);
  await page.locator('.footer-languages a[hreflang="es"]').click();
  await expect(page).toHaveURL(`${baseURL}/es/options/methadone/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('main h1')).toHaveText('Metadona');
  await expect(page.locator('.footer-languages a[hreflang="es"]')).toHaveAttribute('aria-current', 'true');
  await page.locator('.footer-languages a[hreflang="en"]').click();
  await expect(page).toHaveURL(`${baseURL}/options/methadone/`);
  await expect(page.locator('main h1')).toHaveText('Methadone');
  // The help lines are a link into the same language.
  await page.goto(`${baseURL}/es/compare`);
  await page.locator('#op-danger').click();
  await expect(page).toHaveURL(`${baseURL}/es/safety/#help-now`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
});

test('with the wasm held back, a Spanish address is Spanish at the first paint', async ({ page }) => {
  await page.route('**/*.wasm', () => {}); // never answered
  await page.goto('/es/options/methadone', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('main h1')).toHaveText('Metadona');
  await expect(page).toHaveTitle('Metadona — OwnPath');
  await expect(page.locator('#op-exit')).toHaveText(/Salir/);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
});

test('?lang=es opens the Spanish address, and the app keeps links in the language shown', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/options/taper?lang=es');
  await appReady(page);
  await expect(page).toHaveURL(`${baseURL}/es/options/taper`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.locator('header nav a[href$="/es/compare"]').first().click();
  await expect(page).toHaveURL(`${baseURL}/es/compare`);
  await expect(page.locator('main h1')).not.toHaveText('Compare');
  // Back and forward stay in the language of each address.
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/es/options/taper`);
  expect(watch.problems).toEqual([]);
});

test('with the app up, the language switch works in place and keeps the answers', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/steps');
  await appReady(page);
  await page.locator('.steps input[type="checkbox"]').first().check();
  // A mark on the window: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await openDisplay(page);
  await page.locator('#display-panel a[hreflang="es"]').click();
  await expect(page).toHaveURL(`${baseURL}/es/steps`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#display-panel')).toBeVisible();
  await expect(page.locator('#display-panel a[hreflang="es"]')).toHaveAttribute('aria-current', 'true');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expect(page.locator('.steps input[type="checkbox"]').first()).toBeChecked();
  // In-app links now lead to Spanish addresses, and the Back button of the path too.
  await expect(page.locator('.journey-nav a').first()).toHaveAttribute('href', '/es/sure');
  await page.locator('#display-panel a[hreflang="en"]').click();
  await expect(page).toHaveURL(`${baseURL}/steps`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(watch.problems).toEqual([]);
});

test('a site that offers one language links no other', async ({ page }) => {
  await page.route('**/site.json', (route) =>
    route.fulfill({ body: JSON.stringify({ languages: ['en'] }), contentType: 'application/json' }));
  await page.goto('/options/taper');
  await appReady(page);
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveCount(0);
  await expect(page.locator('.footer-languages')).toHaveCount(0);
  await openDisplay(page);
  await expect(page.locator('#display-panel a[hreflang]')).toHaveCount(0);
});

test('Spanish deep links work under a sub-path on a plain static server', async ({ browser }) => {
  const base = `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = watchPage(page, new URL(base).origin);
  await page.goto(`${base}/es/options/taper/`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // The menu's first entry is the "Start here" path's first step, /options (issue 25).
  await expect(page.locator('header nav a').first()).toHaveAttribute('href', `${SUB_PATH}/es/options`);
  await page.locator('header nav a', { hasText: 'Lo que me importa' }).click();
  await expect(page).toHaveURL(`${base}/es/matters`);
  expect(watch.problems).toEqual([]);
  // Without JavaScript too: the prerendered links are relative to the page's base.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const still = await plain.newPage();
  await still.goto(`${base}/es/stories/`);
  await still.locator('.footer-nav a').first().click();
  await expect(still).toHaveURL(new RegExp(`^${base}/es/`));
  await expect(still.locator('html')).toHaveAttribute('lang', 'es');
  await context.close();
  await plain.close();
});
