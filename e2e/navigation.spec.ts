// Deep links, sub-path hosting, in-app navigation, not-found pages and the keyboard basics.
import { test, expect } from '@playwright/test';
import { appReady, isMissingSiteFile, watchPage } from './helpers';
import { SUB_PATH, SUB_PORT } from '../playwright.config';

test('a deep link opens with or without a trailing slash', async ({ page }) => {
  for (const path of ['/options/methadone', '/options/methadone/', '/safety', '/stories/']) {
    await page.goto(path);
    await appReady(page);
  }
  await page.goto('/options/naltrexone');
  await expect(page.locator('main h1')).toHaveText('Extended-release naltrexone');
  await expect(page).toHaveTitle('Extended-release naltrexone — OwnPath');
  await expect(page.locator('section.answer h2')).toHaveCount(10);
});

test('the app works from a sub-path on a plain static server', async ({ page }) => {
  const base = `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`;
  const watch = watchPage(page, new URL(base).origin);
  await page.goto(`${base}/options/taper/`);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Tapering off medication');

  // Links keep the sub-path, in-app navigation works, and a reload of the new address works.
  await expect(page.locator('header nav a', { hasText: 'Staying safer' })).toHaveAttribute('href', `${SUB_PATH}/safety`);
  await page.locator('header nav a', { hasText: 'Staying safer' }).click();
  await expect(page).toHaveURL(`${base}/safety`);
  await expect(page.locator('main h1')).toHaveText('Staying safer');
  await page.reload();
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Staying safer');
  await page.locator('a.site-name').click();
  await expect(page).toHaveURL(`${base}/`);
  expect(watch.problems).toEqual([]);
});

test('clicking around changes page, title and focus without a reload', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByRole('link', { name: 'See the options' }).click();
  await expect(page).toHaveURL(/\/options$/);
  await expect(page.locator('main h1')).toHaveText('Your options');
  await expect(page).toHaveTitle('Your options — OwnPath');
  await expect(page.locator('main h1')).toBeFocused();
  await page.locator('.option-card h2 a', { hasText: 'Buprenorphine' }).click();
  await expect(page.locator('main h1')).toHaveText('Buprenorphine');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);

  // "On this page" jumps to a question; a citation goes to its reference.
  await page.locator('.section-nav a', { hasText: 'What does the research say?' }).click();
  await expect(page).toHaveURL(/\/options\/buprenorphine#research$/);
  await expect(page.locator('#research')).toBeFocused();
  await page.locator('#research ~ p a.cite').first().click();
  await expect(page).toHaveURL(/\/about#ref-/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`#${id}`)).toBeInViewport();

  // Back returns to the option page.
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Buprenorphine');
});

test('unknown addresses get a helpful page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('We could not find that page');
  await page.getByRole('link', { name: 'Go to the start page' }).click();
  await expect(page.locator('main h1')).toHaveText('Your path, your choice');

  await page.goto('/options/not-an-option');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('We could not find that option');
  await expect(page.getByRole('link', { name: 'See your options' })).toBeVisible();
});

test('the skip link is the first stop and focus is always visible', async ({ page }) => {
  await page.goto('/safety');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const focusStyle = await skip.evaluate((el) => {
    const s = getComputedStyle(el);
    return { shadow: s.boxShadow, background: s.backgroundColor };
  });
  expect(focusStyle.shadow).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();

  // The next Tab lands inside the page content, and it too shows a focus indicator.
  await page.keyboard.press('Tab');
  const shadow = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow);
  expect(shadow).not.toBe('none');
});

test('the phone menu opens and closes', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await appReady(page);
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#site-nav')).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.locator('#site-nav a', { hasText: 'Stories' }).click();
  await expect(page.locator('main h1')).toHaveText('Recovery stories');
  await expect(page.locator('#site-nav')).toBeHidden();
});

test('with JavaScript off, every page still reads in full', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}/options/methadone`);
  await expect(page).toHaveTitle('Methadone — OwnPath');
  await expect(page.locator('main h1')).toHaveText('Methadone');
  await expect(page.locator('section.answer h2')).toHaveCount(10);
  await expect(page.locator('svg.icon-array').first()).toBeVisible();
  await expect(page.locator('.noscript')).toBeVisible();
  await page.goto(`${baseURL}/stories/`);
  await expect(page.locator('.story-card').first()).toBeVisible();
  await context.close();
});

test('stories can be filtered by path and by experience', async ({ page }) => {
  await page.goto('/stories');
  await appReady(page);
  const cards = page.locator('.story-card');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(12);
  await page.getByLabel('Path').selectOption({ label: 'Tapering off medication' });
  const tapered = await cards.count();
  expect(tapered).toBeGreaterThan(0);
  expect(tapered).toBeLessThan(total);
  await expect(page.locator('.filters__status')).toContainText(`Showing ${tapered} of ${total} stories`);
  await page.getByLabel('Experience').selectOption({ label: await page.locator('#filter-experience option').nth(1).innerText() });
  await page.getByRole('button', { name: 'Show all stories' }).click();
  await expect(cards).toHaveCount(total);
  // Each option page links to its stories.
  await page.goto('/options/naltrexone');
  await appReady(page);
  await expect(page.locator('.related a').first()).toBeVisible();
});

test('pages show their content before the app loads, and the app takes them over in place', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !isMissingSiteFile(m) && errors.push(m.text()));
  // Hold the wasm back, to look at the page as a slow connection would show it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/options/harm-reduction', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('main h1')).toHaveText('Staying safer while using');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await page.evaluate(() => ((window as any).__before = document.querySelector('main h1')));
  release();
  await appReady(page);
  // Hydration kept the very same elements: no flash, no re-created page.
  expect(await page.evaluate(() => (window as any).__before === document.querySelector('main h1'))).toBe(true);
  await page.locator('fieldset.leaning label', { hasText: 'Maybe' }).click();
  await expect(page.locator('fieldset.leaning input:checked')).toHaveCount(1);
  expect(errors).toEqual([]);
});
