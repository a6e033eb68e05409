// Issue 23: the service's settings fail closed. No site.json, typo, address or exit address ever makes OwnPath less
// private. The cases of site.json live in one table, tests/site_cases.json, also read by the native tests.
import { test, expect, Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT_PORT } from '../playwright.config';
import { appReady, expectNothingStored, OPTION_IDS } from './helpers';

type Case = { name: string; status?: number; body?: string; mode: 'home' | 'kiosk' | 'closed'; problems: string[]; phones?: string[] };
const table: { cases: Case[] } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'tests', 'site_cases.json'), 'utf8'));

async function serveSite(page: Page, status: number, body: string, contentType = 'application/json') {
  await page.unroute('**/site.json');
  await page.route('**/site.json', (route) => route.fulfill({ status, body, contentType }));
}

async function serveJson(page: Page, json: object) {
  await serveSite(page, 200, JSON.stringify(json));
}

const touchToStart = (page: Page) => page.getByRole('button', { name: 'Touch to start' });

test('every case of the site.json table runs as the table says, and ?mode=home never escapes', async ({ page }) => {
  test.setTimeout(240_000);
  for (const c of table.cases) {
    const status = c.status ?? 200;
    await serveSite(page, status, c.body ?? (status === 404 ? 'Not found' : '<h1>Error</h1>'), status === 200 ? 'application/json' : 'text/html');
    // The address asks for home use: it must change nothing on a kiosk.
    await page.goto('/privacy?mode=home');
    await expect(page.locator('html[data-app="ready"]'), c.name).toHaveCount(1);
    if (c.mode === 'home') {
      await expect.soft(page.locator('html'), c.name).not.toHaveClass(/mode-kiosk/);
      await expect.soft(page.getByLabel('Remember on this device'), c.name).toBeVisible();
    } else {
      await expect.soft(page.locator('html'), c.name).toHaveClass(/mode-kiosk/);
      await expect.soft(touchToStart(page), c.name).toBeVisible();
      await expect.soft(page.getByText('Remember on this device'), c.name).toHaveCount(0);
    }
    const notice = page.locator('.admin-notice');
    if (c.mode === 'closed') {
      await expect.soft(notice, c.name).toContainText('running in its most private mode');
    }
    if (c.problems.length === 0) {
      await expect.soft(notice, c.name).toHaveCount(0);
    }
    for (const words of c.problems) {
      if (!words.includes('500') && !words.includes('403')) await expect.soft(notice, c.name).toContainText(words);
    }
    if (c.phones && c.phones.length > 0) {
      await page.goto('/safety');
      await appReady(page);
      await expect.soft(page.locator('.contact__phone'), c.name).toHaveText(c.phones.map((p) => `Call ${p}`));
    }
  }
});

/** Home use with Remember on keeps an answer in this browser (a session must never show it). */
async function keepAnAnswerAtHome(page: Page) {
  await page.goto('/privacy');
  await appReady(page);
  await page.getByLabel('Remember on this device').check();
  await page.goto('/matters');
  await appReady(page);
  await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
}

test.describe('the address only makes things more private', () => {
  test('on a site.json kiosk, ?mode=home and ?mode=session change nothing', async ({ page }) => {
    await serveJson(page, { default_mode: 'kiosk' });
    for (const address of ['/summary?mode=home', '/summary?mode=session', '/?mode=home']) {
      await page.goto(address);
      await expect(touchToStart(page), address).toBeVisible();
      await touchToStart(page).click();
      await expect(page.getByText('Remember on this device'), address).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Save to a file on this device' }), address).toHaveCount(0);
      await expect(page.locator('details.worker-prompts'), address).toHaveCount(0);
    }
  });

  test('session mode stays in the address through links and reloads, and never shows what home kept', async ({ page }) => {
    await keepAnAnswerAtHome(page);

    await page.goto('/?mode=session');
    await appReady(page);
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await expect(page).toHaveURL(/\/matters\/?\?mode=session$/);
    await expect(page.locator('.relate-option')).toHaveCount(0);
    page.on('dialog', (d) => d.accept());
    await page.reload();
    await appReady(page);
    await expect(page.locator('details.worker-prompts')).toBeVisible();
    await expect(page.locator('.relate-option')).toHaveCount(0);
    await page.locator('footer a', { hasText: 'Your privacy' }).click();
    await expect(page).toHaveURL(/\?mode=session$/);
  });

  test('a session started on the start page is in the address at once, and does not show what home kept', async ({ page }) => {
    await keepAnAnswerAtHome(page);
    await page.goto('/');
    await appReady(page);
    await expect(page.getByText('Welcome back')).toBeVisible();
    await page.getByRole('button', { name: /Start session mode/ }).click();
    await expect(page).toHaveURL(/\?mode=session$/);
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.relate-option')).toHaveCount(0);
  });

  test("the crash screen's Start again keeps the mode", async ({ page }) => {
    for (const mode of ['kiosk', 'session']) {
      await page.goto(`/about?mode=${mode}`);
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
      await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('test') })));
      const again = page.locator('#op-crash a');
      await expect(again).toBeVisible();
      await expect(again).toHaveAttribute('href', new RegExp(`\\?mode=${mode}$`));
    }
  });
});

test.describe('quick exit never lands on OwnPath', () => {
  test('an address without https:// is refused with what to write; the exit goes to the neutral page', async ({ page }) => {
    await serveJson(page, { exit_url: 'www.example.org' });
    await page.goto('/about');
    await appReady(page);
    await expect(page.locator('.admin-notice')).toContainText('did you mean "https://www.example.org"?');
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(/\/neutral\.html$/);
  });

  test("this site's own absolute address is refused, however it is written", async ({ page }) => {
    for (const exit of [`http://127.0.0.1:${ROOT_PORT}/summary`, `http://0x7f.1:${ROOT_PORT}/`, 'summary', '404.html', '?mode=home']) {
      await serveJson(page, { exit_url: exit });
      await page.goto('/about');
      await appReady(page);
      await expect(page.locator('.admin-notice'), exit).toContainText('exit_url');
      await expect(page.locator('#op-exit'), exit).toHaveAttribute('href', 'neutral.html');
    }
  });

  test('a page the service adds and names may be the exit; one it does not name may not', async ({ page }) => {
    await serveJson(page, { exit_url: 'weather.html' });
    await page.goto('/about');
    await appReady(page);
    await expect(page.locator('.admin-notice')).toContainText('one of: neutral.html');
    await expect(page.locator('#op-exit')).toHaveAttribute('href', 'neutral.html');
    await page.route('**/weather.html', (route) => route.fulfill({ body: '<title>Weather</title><h1>Weather</h1>', contentType: 'text/html' }));
    await serveJson(page, { extra_pages: ['weather.html'], exit_url: 'weather.html' });
    await page.goto('/about');
    await appReady(page);
    await expect(page.locator('.admin-notice')).toHaveCount(0);
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(/\/weather\.html$/);
  });

  test('on a site.json kiosk, exit before the wasm goes back to the start screen', async ({ page }) => {
    await serveJson(page, { default_mode: 'kiosk' });
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/summary');
    await page.waitForTimeout(300);
    await page.locator('#op-exit').click();
    await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${ROOT_PORT}/\\?mode=kiosk$`));
  });

  test.describe('with the offline copy', () => {
    test.use({ serviceWorkers: 'allow' });
    test('exit_removes_offline_copy makes the exit remove the service worker and its caches', async ({ page }) => {
      await serveJson(page, { exit_removes_offline_copy: true });
      await page.goto('/about');
      await appReady(page);
      // The offline copy is fully kept (the worker installed and active), then the exit removes it.
      await page.evaluate(() => navigator.serviceWorker.ready);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
      await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
      await expect(page).toHaveURL(/\/neutral\.html$/);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      await expectNothingStored(page);
    });
  });
});

test.describe('the quick exit trigger', () => {
  async function pressShift(page: Page, holdMs = 50) {
    await page.keyboard.down('Shift');
    await page.waitForTimeout(holdMs);
    await page.keyboard.up('Shift');
  }

  test('three presses spread over more than 3 seconds, held presses, and Shift+Tab do not leave', async ({ page }) => {
    await page.goto('/about');
    await appReady(page);
    for (let i = 0; i < 3; i++) {
      await pressShift(page);
      await page.waitForTimeout(1600);
    }
    await expect(page).toHaveURL(/\/about\/?$/);
    for (let i = 0; i < 3; i++) await pressShift(page, 900);
    await expect(page).toHaveURL(/\/about\/?$/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    await expect(page).toHaveURL(/\/about\/?$/);
    // Three quick presses still leave.
    for (let i = 0; i < 3; i++) await pressShift(page);
    await expect(page).toHaveURL(/\/neutral\.html$/);
  });

  test('/privacy says what the exit wipes', async ({ page }) => {
    await page.goto('/privacy');
    await appReady(page);
    await expect(page.locator('main')).toContainText('Quick exit (the red button, or Shift pressed three times quickly, within a few seconds) wipes');
  });
});

test.describe('contacts and words per language', () => {
  test('a bad contact is dropped and named; descriptions and the statement follow the language', async ({ page }) => {
    await serveJson(page, {
      service_statement: { en: 'We offer this copy.', es: 'Ofrecemos esta copia.' },
      contacts: [
        { name: 'Clinic', phone: '555 0100', description: { en: 'Open late', es: 'Abierto tarde' } },
        { name: 'Broken line' },
      ],
    });
    await page.goto('/es/safety');
    await appReady(page);
    await expect(page.locator('.contact__name')).toHaveText(['Clinic']);
    await expect(page.locator('.contact__description')).toHaveText(['Abierto tarde']);
    await expect(page.locator('.admin-notice')).toContainText('contact 2 (Broken line) is left out');
    await page.goto('/es/about');
    await appReady(page);
    await expect(page.locator('.service-statement blockquote')).toHaveText('Ofrecemos esta copia.');
  });

  test("before the wasm, the page's start script shows the service's contacts, not the shipped ones", async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await serveJson(page, {
      contacts: [
        { name: 'Clinic', phone: '555 0100', hours: 'Mon–Fri', description: { en: 'Open late', es: 'Abierto tarde' } },
        { name: 'Broken line' },
      ],
    });
    await page.goto('/es/safety');
    await expect(page.locator('.contact__name')).toHaveText(['Clinic']);
    await expect(page.locator('a.contact__phone')).toHaveAttribute('href', 'tel:5550100');
    await expect(page.locator('.contact__description')).toHaveText(['Abierto tarde']);
    await expect(page.locator('.contacts__intro')).toHaveCount(0);
  });

  test('default_language opens Spanish first', async ({ page }) => {
    await serveJson(page, { languages: ['en', 'es'], default_language: 'es' });
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('reviewed_by and reviewed_on show on /about; a malformed date shows nothing and is named', async ({ page }) => {
    await serveJson(page, { reviewed_by: 'Dr. A. Lee', reviewed_on: '2026-11-30' });
    await page.goto('/about');
    await appReady(page);
    await expect(page.locator('.service-statement__reviewed')).toHaveText("Dr. A. Lee reviewed this copy's content for the service on November 30, 2026.");
    await serveJson(page, { reviewed_by: 'Dr. A. Lee', reviewed_on: '30/11/2026' });
    await page.reload();
    await appReady(page);
    await expect(page.locator('.service-statement__reviewed')).toHaveCount(0);
    await expect(page.locator('.admin-notice')).toContainText('reviewed_on');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test("/safety says a service's own numbers need JavaScript, next to the shipped ones", async ({ page }) => {
      await page.goto('/safety');
      await expect(page.locator('.contacts__needs-js')).toBeVisible();
      await expect(page.locator('.contacts')).toContainText('They show only with JavaScript on');
    });
  });

});

test.describe('print off means off', () => {
  test('with kiosk_print false, printing shows only a line saying so, and nothing offers printing or saving', async ({ page }) => {
    await serveJson(page, { default_mode: 'kiosk', kiosk_print: false });
    await page.goto('/summary');
    await touchToStart(page).click();
    await expect(page.locator('main .lead')).not.toContainText(/print|save/i);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      body: getComputedStyle(document.body).display,
      line: getComputedStyle(document.documentElement, '::before').content,
    }));
    expect(printed).toEqual({ body: 'none', line: '"Printing is turned off on this screen."' });
  });
});

test.describe('staff checks', () => {
  test('/check-settings names a misspelled key and says the screen runs in its most private mode', async ({ page }) => {
    await serveJson(page, { defualt_mode: 'kiosk', idle_seconds: 60 });
    await page.goto('/check-settings');
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    // The check page is for staff: even on a kiosk it shows at once (it holds nobody's answers).
    await expect(touchToStart(page)).toHaveCount(0);
    await expect(page.locator('[data-check="verdict"]')).toContainText('most private mode');
    await expect(page.locator('[data-check="refused"]')).toContainText('did you mean "default_mode"?');
    await expect(page.locator('[data-check="applies"]')).toContainText('idle_seconds');
    await expect(page.locator('[data-check="applies"] tr', { hasText: 'default_mode' })).toContainText('kiosk (most private: the file could not be trusted)');
    // In Spanish, the notes beside the values are Spanish; the keys and values stay as site.json writes them.
    await page.goto('/es/check-settings');
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.locator('[data-check="applies"] tr', { hasText: 'default_mode' })).toContainText('kiosk (el modo más privado: no se pudo confiar en el archivo)');
    await expect(page.locator('[data-check="applies"] tr', { hasText: 'service_name' })).toContainText('(ninguno)');
  });

  test('no site.json is quiet: defaults, no notice, no console error', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const answered: number[] = [];
    page.on('response', (r) => r.url().endsWith('/site.json') && answered.push(r.status()));
    await page.goto('/safety');
    await appReady(page);
    expect(answered).toContain(404);
    // With JavaScript, the note that a service's numbers need it is hidden.
    await expect(page.locator('.contacts__needs-js')).toBeHidden();
    await expect(page.locator('.admin-notice')).toHaveCount(0);
    await expect(page.locator('html')).not.toHaveClass(/mode-kiosk/);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
