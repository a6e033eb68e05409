// Home, session and kiosk settings; quick exit; remember on this device; offline; the deployer's site file.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ROOT_PORT } from '../playwright.config';
import { appReady, expectNothingStored, openDisplay, shiftTwiceOnSteps, watchPage, OPTION_IDS } from './helpers';

async function rateFirstStatement(page: Page) {
  await page.goto('/matters');
  await appReady(page);
  await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
}

async function noAxeViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), where).toEqual([]);
}

test.describe('quick exit', () => {
  test('the button wipes everything and replaces this page in the history', async ({ page }) => {
    await rateFirstStatement(page);
    // Opt in to remembering, so there is something stored to wipe.
    await page.locator('footer a', { hasText: 'Your privacy' }).click();
    await page.getByLabel('Remember on this device').check();
    expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);
    const historyLength = await page.evaluate(() => history.length);

    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(/\/neutral\.html$/);
    await expect(page.locator('h1')).toHaveText('Keeping houseplants happy');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expectNothingStored(page);
  });

  test('the exit link comes right after the skip link', async ({ page }) => {
    await page.goto('/safety');
    await appReady(page);
    await page.keyboard.press('Tab');
    await expect(page.locator('a.skip-link').first()).toBeFocused();
    await page.keyboard.press('Tab');
    const exitLink = page.getByRole('link', { name: 'Exit this page now' });
    await expect(exitLink).toBeFocused();
    await expect(exitLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/neutral\.html$/);
  });

  test('Shift three times leaves; typing capitals does not count', async ({ page }) => {
    const status = await shiftTwiceOnSteps(page);
    // Typing a capital letter resets the count.
    await page.getByLabel('Add a step in your own words').focus();
    await page.keyboard.press('Shift+A');
    await expect(status).toHaveText('');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/steps\/?$/);
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(/\/neutral\.html$/);
    // The app page was replaced, not kept: Back goes to the page before it.
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/?$/);
  });
});

test.describe('home: remember on this device', () => {
  test('is off by default: a reload keeps nothing', async ({ page }) => {
    await rateFirstStatement(page);
    await expectNothingStored(page);
    await page.reload();
    await appReady(page);
    await expect(page.locator('.relate-option')).toHaveCount(0);
    await expectNothingStored(page);
  });

  test('when on, answers come back after a reload; forget removes every trace', async ({ page }) => {
    await page.goto('/privacy');
    await appReady(page);
    await expect(page.getByText(/Anyone who uses this device/)).toBeVisible();
    await page.getByLabel('Remember on this device').check();
    await rateFirstStatement(page); // a full page load: restores the (empty) kept answers, then rates
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.locator('.summary')).toContainText('Very important');

    await page.reload();
    await appReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'Welcome back' })).toBeVisible();
    await expect(page.locator('.summary')).toContainText('Very important');

    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'forgotten' })).toBeVisible();
    await expect(page.locator('.summary')).not.toContainText('Very important');
    await expectNothingStored(page);
    await page.reload();
    await appReady(page);
    await expect(page.locator('.summary')).not.toContainText('Very important');
  });

  test('a kept language comes back on a page that shows long texts', async ({ page }) => {
    await page.goto('/privacy');
    await appReady(page);
    await page.getByLabel('Remember on this device').check();
    await openDisplay(page);
    await page.locator('#display-panel').getByRole('link', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // A fresh load of an English-prerendered option page: it hydrates in English, then the kept Spanish arrives
    // with the part the page shows.
    await page.goto('/options/taper');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('main h1')).toHaveText('Dejar la medicación poco a poco');
    await expect(page.locator('main section.answer')).toHaveCount(10);
    await expect(page.locator('main section.answer').first()).not.toBeEmpty();
  });

  test('corrupt or foreign stored data is set aside with one friendly line', async ({ page }) => {
    await page.goto('/summary');
    await appReady(page);
    const bads = ['{"not": "ours"}', 'OWNPATH-ANSWERS 9\nchecksum 0', 'OWNPATH-ANSWERS 1\nleaning taper towards\nchecksum 0000000000000000'];
    for (const [i, bad] of bads.entries()) {
      await page.evaluate((value) => localStorage.setItem('ownpath:answers:v1', value), bad);
      await page.reload();
      await appReady(page);
      await expect(page.getByRole('status').filter({ hasText: 'could not read, so we set them aside' })).toBeVisible();
      await expect(page.locator('.summary')).not.toContainText('Leaning towards');
      // Each set-aside gets a key of its own: none is overwritten.
      const key = i === 0 ? 'ownpath:set-aside' : `ownpath:set-aside:${i + 1}`;
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(bad);
    }
    // The app keeps working.
    await page.locator('header nav a', { hasText: 'Options' }).click();
    await expect(page.locator('main h1')).toHaveText('Your options');
  });

  test('storage that is full or blocked falls back to memory with a notice', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto('/privacy');
    await appReady(page);
    await page.getByLabel('Remember on this device').click();
    await expect(page.getByRole('status').filter({ hasText: 'no room' })).toBeVisible();
    await expect(page.getByLabel('Do not remember')).toBeChecked();
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
    await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
  });

  test('a page hidden for the back-forward cache keeps no answers when nothing is kept', async ({ page }) => {
    await rateFirstStatement(page);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expect(page.locator('.relate-option')).toHaveCount(0);
  });
});

test('session mode: a badge, prompts for the worker, larger text, nothing stored', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.getByRole('button', { name: /Start session mode/ }).click();
  await expect(page.getByText('Session with a worker')).toBeVisible();
  await expect(page.locator('details.worker-prompts')).toBeVisible();
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(after).toBeGreaterThan(before);
  await page.locator('header nav a', { hasText: 'Options' }).click();
  // Opened at the start to show the suggested route, the prompts stay open on the next page.
  await expect(page.locator('details.worker-prompts')).toHaveJSProperty('open', true);
  await expect(page.locator('details.worker-prompts li').first()).toBeVisible();
  await noAxeViolations(page, 'session mode');
  await page.getByRole('button', { name: 'End session mode' }).click();
  await expect(page.locator('details.worker-prompts')).toHaveCount(0);
  await expectNothingStored(page);

  // A link can open session mode too.
  await page.goto('/compare?mode=session');
  await appReady(page);
  await expect(page.locator('details.worker-prompts')).toBeVisible();
});

test.describe('kiosk', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/site.json', (route) =>
      route.fulfill({ json: { default_mode: 'kiosk', idle_seconds: 3, countdown_seconds: 3, service_name: 'Riverside Clinic' } }),
    );
  });

  test('start screen, then idle warning with countdown, then everything wiped', async ({ page }) => {
    const watch = watchPage(page, `http://127.0.0.1:${ROOT_PORT}`);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expect(page.getByText('Nothing you do here is saved')).toBeVisible();
    await expect(page.getByText('Offered by Riverside Clinic')).toBeVisible();
    await noAxeViolations(page, 'kiosk start');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await appReady(page);

    // Big touch targets.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main button, main label, header a, header button, .quick-exit a')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        // Links inside a sentence are exempt (WCAG 2.5.8); everything else a finger aims at is 48 px or more.
        .filter((el) => !(getComputedStyle(el).display === 'inline' && el.closest('p, li')))
        .filter((el) => el.getBoundingClientRect().height < 48)
        .map((el) => `${el.tagName} ${el.className} "${el.textContent?.trim().slice(0, 30)}"`),
    );
    expect(small).toEqual([]);

    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
    await page.mouse.wheel(0, 600);

    // The warning comes after the idle time; "I'm still here" keeps everything.
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible({ timeout: 8_000 });
    await expect(dialog).toContainText(/clear itself in [1-3] seconds/);
    await noAxeViolations(page, 'kiosk countdown');
    await page.getByRole('button', { name: "I'm still here" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);

    // Left alone again: at zero, back to the start screen with nothing kept.
    await expect(dialog).toBeVisible({ timeout: 8_000 });
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible({ timeout: 8_000 });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectNothingStored(page);
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await expect(page.locator('.relate-option')).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });

  test('never offers to remember or download, and shows phone links as text', async ({ page }) => {
    await page.goto('/?mode=kiosk');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.getByRole('button', { name: 'Show a QR code' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save to a file on this device' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
    await expect(page.getByText('Remember on this device')).toHaveCount(0);
    await page.locator('header nav a', { hasText: 'Staying safer' }).click();
    await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
    await expect(page.locator('.contact__phone').first()).toBeVisible();
    // Quick exit on a kiosk resets to the start screen.
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expectNothingStored(page);
  });
});

test.describe('the site file', () => {
  test('changes the service name, contacts and idle time', async ({ page }) => {
    await page.route('**/site.json', (route) =>
      route.fulfill({
        json: {
          service_name: 'Harbour Street Clinic',
          service_statement: 'Harbour Street Clinic offers this guide to its patients.\n\nThe county pays for it.',
          contacts: [{ name: 'Harbour Street night line', phone: '555 0199', hours: 'Every night', description: 'A nurse answers.' }],
        },
      }),
    );
    await page.goto('/safety');
    await appReady(page);
    await expect(page.locator('header')).toContainText('Offered by Harbour Street Clinic');
    await expect(page.locator('.contact__name')).toHaveText(['Harbour Street night line']);
    await expect(page.locator('a[href="tel:5550199"]')).toBeVisible();
    // The service's own statement on /about, beside (never instead of) the project's own about who makes it.
    await page.goto('/about');
    await appReady(page);
    const statement = page.locator('.service-statement');
    await expect(statement.locator('h2')).toHaveText('From the service that offers this guide');
    await expect(statement.locator('blockquote p')).toHaveText([
      'Harbour Street Clinic offers this guide to its patients.',
      'The county pays for it.',
    ]);
    await expect(page.locator('main')).toContainText('No one funds OwnPath');
  });

  test('an unreadable file runs the most private mode with a message; a bad field keeps its default', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/site.json', (route) => route.fulfill({ body: '{ "idle_seconds": "soon" ', contentType: 'application/json' }));
    await page.goto('/safety');
    await appReady(page);
    await expect(page.locator('.admin-notice')).toContainText('running in its most private mode');
    expect(errors.join('\n')).toContain('site.json could not be read');
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();

    await page.route('**/site.json', (route) => route.fulfill({ json: { idle_seconds: 'soon' } }));
    await page.reload();
    await appReady(page);
    await expect(page.locator('.admin-notice')).toContainText('idle_seconds');
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the app opens and navigates with the network off, deep links included', async ({ page, context }) => {
    await page.goto('/');
    await appReady(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // Wait until the worker controls the page and has filled its cache.
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return registration.active?.state;
    });
    const caches = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ownpath-static-')).length);
    expect(caches).toBe(1);
    // The copy keeps the languages read here (issue 26): a Spanish page read once online keeps Spanish too.
    await page.goto('/es/');
    await appReady(page);
    const kept = (lang: string) => page.evaluate(async (lang) => {
      const cache = await globalThis.caches.open((await globalThis.caches.keys()).find((k) => k.startsWith('ownpath-static-'))!);
      return (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(`/content/${lang}-`)).length;
    }, lang);
    await expect.poll(() => kept('es')).toBe(await kept('en'));

    await context.setOffline(true);
    await page.goto('/options/taper');
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Tapering off medication');
    await page.goto('/stories/');
    await appReady(page);
    await page.locator('header nav a', { hasText: 'Staying safer' }).click();
    await expect(page.locator('main h1')).toHaveText('Staying safer');
    // A Spanish address too, opened directly, and its language switch in place.
    await page.goto('/es/options/taper/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('main h1')).not.toHaveText('Tapering off medication');
    await page.locator('.footer-languages a[hreflang="en"]').click();
    await expect(page.locator('main h1')).toHaveText('Tapering off medication');
    await expect(page).toHaveURL(/\/options\/taper$/);
    // The cache holds the app's files only: no answers anywhere.
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    expect(stored).toEqual({ local: 0, session: 0 });
    await context.setOffline(false);
  });
});

test('read aloud uses only voices on this device, and hides itself when there are none', async ({ page }) => {
  await page.goto('/safety');
  await appReady(page);
  const localVoices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.localService).length);
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(localVoices > 0 ? 8 : 0);
  await page.goto('/privacy');
  await appReady(page);
  await expect(page.locator('#read-aloud')).toBeVisible();
});

test('the exit button never hides the element that has keyboard focus', async ({ page }) => {
  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(size);
    await page.goto('/options/methadone');
    await appReady(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const hidden = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.closest('.quick-exit')) return null;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return null;
        const button = document.querySelector('.quick-exit')!.getBoundingClientRect();
        const overlaps = r.left < button.right && r.right > button.left && r.top < button.bottom && r.bottom > button.top;
        return overlaps ? `${el.tagName} "${el.textContent?.trim().slice(0, 40)}"` : null;
      });
      expect(hidden, `focus hidden behind the exit button at ${size.width}px`).toBeNull();
    }
  }
});
