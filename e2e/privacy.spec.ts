// Privacy and safety at the edges of a visit (issue #13): before the wasm, without JavaScript, from a dialog or the
// crash screen, in other tabs; a kiosk that stays a kiosk; a setting settled before anything is restored; a session
// that ends clean; saved files that can hold only what the app could; a broken site.json that never weakens privacy.
import { test, expect, Page, Route as PwRoute } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT_PORT } from '../playwright.config';
import { appReady, expectNothingStored, openDisplay, shiftTwiceOnSteps, OPTION_IDS } from './helpers';

const ORIGIN = `http://127.0.0.1:${ROOT_PORT}`;
const NEUTRAL = /\/neutral\.html$/;

async function rate(page: Page) {
  await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
}

/** Holds the wasm back for a while, so the page is on screen with only its HTML and small scripts. */
async function holdWasm(page: Page, ms = 8_000) {
  await page.route('**/*.wasm', async (route: PwRoute) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/** Kept answers, as "remember" leaves them. */
async function keepAnswers(page: Page) {
  await page.goto('/privacy');
  await appReady(page);
  await page.getByLabel('Remember on this device').check();
  await page.locator('header nav a', { hasText: 'What matters to me' }).click();
  await rate(page);
  await openDisplay(page);
  await page.getByRole('button', { name: 'Larger', exact: true }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('ownpath:answers:v1'))).toContain('matter');
}

test.describe('quick exit from the first paint', () => {
  test('with the wasm held back, Shift three times leaves at once and wipes what was kept', async ({ page }) => {
    await keepAnswers(page);
    await holdWasm(page);
    await page.goto('/summary', { waitUntil: 'commit' });
    await expect(page.locator('#op-exit')).toBeVisible();
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    const started = Date.now();
    await page.keyboard.press('Shift');
    await expect(page.locator('#op-exit-status')).toHaveText('Press Shift two more times to leave this page.');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL, { timeout: 3_000 });
    expect(Date.now() - started, 'left before the wasm arrived').toBeLessThan(5_000);
    await expectNothingStored(page);
  });

  test('with the wasm held back, the red control leaves at once', async ({ page }) => {
    await keepAnswers(page);
    await page.goto('/about');
    await appReady(page);
    await holdWasm(page);
    await page.goto('/options/methadone', { waitUntil: 'commit' });
    const historyLength = await page.evaluate(() => history.length);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL, { timeout: 3_000 });
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expectNothingStored(page);
  });

  test('with JavaScript off, the red control and the exit link leave', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: ORIGIN });
    const page = await context.newPage();
    await page.goto('/options/methadone');
    await expect(page.locator('main h1')).toHaveText('Methadone');
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
    // The exit link right after the skip link, by keyboard.
    await page.goto('/summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Exit this page now' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(NEUTRAL);
    await context.close();
  });

  test('the app takes over without leaving twice or counting presses twice', async ({ page }) => {
    await shiftTwiceOnSteps(page);
    await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/?$/);
  });
});

test.describe('exit everywhere', () => {
  test('works with a dialog open: the red control is inside it, reachable by Tab and by click', async ({ page }) => {
    await page.goto('/matters');
    await appReady(page);
    await rate(page);
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('#op-exit')).toHaveCount(1);
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'op-exit');
    }
    expect(reached, 'Tab reaches the red control while the dialog is open').toBe(true);
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('Shift three times works with a dialog open, and the red control comes back out when it closes', async ({ page }) => {
    await page.goto('/summary');
    await appReady(page);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'No, keep my answers' }).click();
    await expect(page.locator('body > #op-quick')).toHaveCount(1);
    await page.getByRole('button', { name: 'Clear everything' }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('works on the crash screen', async ({ page }) => {
    await page.goto('/options/taper');
    await appReady(page);
    await page.evaluate(() => { setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }); });
    await expect(page.locator('#op-crash')).toBeVisible();
    await expect(page.locator('#op-exit')).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL(NEUTRAL);
    await page.goto('/options/taper');
    await appReady(page);
    await page.evaluate(() => { setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }); });
    await expect(page.locator('#op-crash')).toBeVisible();
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
  });

  test('Shift-click does not count', async ({ page }) => {
    await page.goto('/options');
    await appReady(page);
    for (let i = 0; i < 4; i++) await page.locator('main h1').click({ modifiers: ['Shift'] });
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\/options\/?$/);
    await expect(page.locator('#op-exit-status')).toHaveText('');
  });

  for (const bad of ['java\tscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)', '//evil.example/']) {
    test(`an exit_url like ${JSON.stringify(bad)} falls back to the neutral page with a note`, async ({ page }) => {
      await page.route('**/site.json', (route) => route.fulfill({ json: { exit_url: bad, service_name: 'Harbour Clinic' } }));
      await page.goto('/summary');
      await appReady(page);
      await expect(page.locator('.admin-notice')).toContainText('exit_url');
      await expect(page.locator('header')).toContainText('Harbour Clinic');
      await expect(page.locator('#op-exit')).toHaveAttribute('href', 'neutral.html');
      await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
      await expect(page).toHaveURL(NEUTRAL);
      await expect(page.locator('h1')).toHaveText('Keeping houseplants happy');
    });
  }

  test('an http(s) exit_url is used by both exit links', async ({ page }) => {
    await page.route('https://weather.example/**', (route) => route.fulfill({ body: '<h1>Weather</h1>', contentType: 'text/html' }));
    await page.route('**/site.json', (route) => route.fulfill({ json: { exit_url: 'https://weather.example/today' } }));
    await page.goto('/safety');
    await appReady(page);
    await expect(page.locator('#op-exit')).toHaveAttribute('href', 'https://weather.example/today');
    await expect(page.locator('a.exit-link')).toHaveAttribute('href', 'https://weather.example/today');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveURL('https://weather.example/today');
  });
});

test.describe('other tabs', () => {
  test('exit in one tab wipes and leaves every OwnPath tab', async ({ context }) => {
    const first = await context.newPage();
    await keepAnswers(first);
    const second = await context.newPage();
    await second.goto('/summary');
    await appReady(second);
    await expect(second.locator('.summary')).toContainText('Very important');
    await first.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(first).toHaveURL(NEUTRAL);
    await expect(second).toHaveURL(NEUTRAL);
    await expectNothingStored(second);
    const third = await context.newPage();
    await third.goto('/summary');
    await appReady(third);
    await expect(third.getByText('Welcome back')).toHaveCount(0);
    await expect(third.locator('.summary')).not.toContainText('Very important');
  });
});

test.describe('history', () => {
  test('at home, "leave no pages in my history": Back after an exit leaves OwnPath', async ({ page }) => {
    await page.goto('/privacy');
    await appReady(page);
    await page.getByLabel('Leave no pages in my history').check();
    const length = await page.evaluate(() => history.length);
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await page.locator('header nav a', { hasText: 'Options' }).click();
    await page.locator('footer a', { hasText: 'How sure do I feel?' }).click();
    await expect(page.locator('main h1')).toHaveText('How sure do I feel?');
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goBack();
    expect(page.url()).not.toContain(ORIGIN);
  });

  test('the saved file has a neutral name, and the save step says where it will show', async ({ page }) => {
    await page.goto('/matters');
    await appReady(page);
    await rate(page);
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.getByText("Your browser's download list and notifications will show the file's name.")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file on this device' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d\d-\d\d\.html$/);
  });

  test('the privacy page says what the browser keeps after a quick exit', async ({ page }) => {
    await page.goto('/privacy');
    await appReady(page);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('The back button will not bring this page back');
    expect(text).toMatch(/history/i);
    expect(text).toMatch(/private window/i);
    expect(text).toMatch(/offline/i);
  });
});

test.describe('a kiosk stays a kiosk', () => {
  test('through a reload and a deep link, with Back unable to walk through the last visitor\'s pages', async ({ page }) => {
    await page.goto('/about');
    await page.goto('/?mode=kiosk');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    const length = await page.evaluate(() => history.length);
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await rate(page);
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page).toHaveURL(/\/summary\?mode=kiosk$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await expect(page.getByRole('button', { name: 'Save to a file on this device' })).toHaveCount(0);
    await expect(page.getByText('Remember my answers')).toHaveCount(0);
    await expect(page.getByLabel('Open a summary you saved before')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/?$/);
  });

  test('"I\'m finished" clears the screen at once, and the menu and language start afresh', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/matters?mode=kiosk');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await rate(page);
    await openDisplay(page);
    await page.locator('#display-panel').getByRole('link', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('button', { name: 'Ya terminé: borrar la pantalla' }).click();
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Display' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('main h1')).toHaveText('Your path, your choice');
    await page.goto('/matters?mode=kiosk');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await expect(page.locator('.relate-option')).toHaveCount(0);
  });

  test('the idle warning covers the page completely and counts down in words that agree', async ({ page }) => {
    await page.route('**/site.json', (route) => route.fulfill({ json: { default_mode: 'kiosk', idle_seconds: 3, countdown_seconds: 6 } }));
    await page.goto('/matters');
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await rate(page);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible({ timeout: 8_000 });
    const cover = await page.evaluate(() => {
      const d = document.querySelector('dialog.kiosk-idle')!;
      const backdrop = getComputedStyle(d, '::backdrop').backgroundColor;
      const statement = document.querySelector('.statements fieldset')!.getBoundingClientRect();
      const hit = document.elementFromPoint(statement.left + 5, statement.top + 5);
      return { backdrop, modal: d.matches(':modal'), hit: hit === d || d.contains(hit) };
    });
    expect(cover.modal).toBe(true);
    expect(cover.hit, 'nothing of the page can be touched or seen behind the warning').toBe(true);
    expect(cover.backdrop).not.toMatch(/rgba\(.*, 0(\.\d+)?\)$/);
    // Hidden from assistive technology: the browser's accessibility tree has the warning, not the page.
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (name: string) => nodes.some((n: any) => !n.ignored && n.name?.value === name);
    expect(named('Are you still there?')).toBe(true);
    expect(named('What matters to me')).toBe(false);
    expect(named('Very important')).toBe(false);
    await expect(dialog.locator('#op-exit')).toBeVisible();
    await expect(dialog).toContainText('in one second', { timeout: 8_000 });
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible({ timeout: 6_000 });
  });

  test('the start screen goes back to the kiosk\'s language when left alone', async ({ page }) => {
    await page.route('**/site.json', (route) => route.fulfill({ json: { default_mode: 'kiosk', idle_seconds: 3 } }));
    await page.goto('/');
    await page.locator('.kiosk-start__languages').getByRole('link', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en', { timeout: 8_000 });
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
  });
});

test.describe('the setting is settled before anything is restored', () => {
  test('a site.json kiosk never shows or keeps what home use kept', async ({ page }) => {
    await keepAnswers(page);
    await page.route('**/site.json', (route) => route.fulfill({ json: { default_mode: 'kiosk' } }));
    await page.goto('/summary');
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/text-2/);
    await expect(page.getByText('Welcome back')).toHaveCount(0);
    await expectNothingStored(page);
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.locator('.summary')).not.toContainText('Very important');
  });

  test('a kiosk with one bad field stays a kiosk, with a note naming the field', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route('**/site.json', (route) => route.fulfill({ json: { default_mode: 'kiosk', idle_seconds: -5, service_name: 'Riverside Clinic' } }));
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expect(page.getByText('Offered by Riverside Clinic')).toBeVisible();
    await page.getByRole('button', { name: 'Touch to start' }).click();
    await expect(page.locator('.admin-notice')).toContainText('idle_seconds');
    expect(errors.join('\n')).toContain('idle_seconds');
    await expect(page.getByRole('button', { name: 'Save to a file on this device' })).toHaveCount(0);
  });

  test('languages: ["es"] opens in Spanish with no language buttons', async ({ page }) => {
    await page.route('**/site.json', (route) => route.fulfill({ json: { languages: ['es'] } }));
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await openDisplay(page);
    await expect(page.getByRole('button', { name: 'Normal' })).toBeVisible();
    await expect(page.locator('#display-panel').getByRole('link', { name: 'English' })).toHaveCount(0);
  });

  test('/index.html and /<page>/index.html open their page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [path, h1] of [['/index.html', 'Your path, your choice'], ['/summary/index.html', 'My summary'], ['/options/taper/index.html', 'Tapering off medication']]) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator('main h1')).toHaveText(h1);
      await expect(page.locator('#op-crash')).toBeHidden();
    }
    expect(errors).toEqual([]);
  });
});

test.describe('storage edges', () => {
  test('"storage full" also removes the earlier stored copy', async ({ page }) => {
    await keepAnswers(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await page.getByRole('button', { name: 'Forget everything on this device' }).isVisible();
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await page.locator('.statements fieldset').nth(1).getByText('Very important', { exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'no room' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('ownpath:answers:v1'))).toBeNull();
    await page.reload();
    await appReady(page);
    await expect(page.getByText('Welcome back')).toHaveCount(0);
  });

  test('set-aside data is never overwritten, and a value too large to copy is set aside, not deleted', async ({ page }) => {
    await page.goto('/summary');
    await appReady(page);
    for (const bad of ['first unreadable', 'second unreadable']) {
      await page.evaluate((value) => localStorage.setItem('ownpath:answers:v1', value), bad);
      await page.reload();
      await appReady(page);
      await expect(page.getByRole('status').filter({ hasText: 'set them aside' })).toBeVisible();
    }
    expect(await page.evaluate(() => [localStorage.getItem('ownpath:set-aside'), localStorage.getItem('ownpath:set-aside:2')]))
      .toEqual(['first unreadable', 'second unreadable']);
    await page.evaluate(() => localStorage.clear());
    const big = await page.evaluate(() => {
      const value = 'x'.repeat(4 * 1024 * 1024 / 2 + 1000);
      localStorage.setItem('ownpath:answers:v1', value);
      return value.length;
    });
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('status').filter({ hasText: 'set them aside' })).toBeVisible();
    const kept = await page.evaluate(() => (localStorage.getItem('ownpath:set-aside') ?? localStorage.getItem('ownpath:answers:v1') ?? '').length);
    expect(kept).toBe(big);
  });
});

test.describe('session mode', () => {
  test('ending it clears the client\'s answers by default; remember is not offered; a reload warns first', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.getByRole('button', { name: /Start session mode/ }).click();
    await page.locator('header nav a', { hasText: 'What matters to me' }).click();
    await rate(page);
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.getByText('Remember my answers on this device')).toHaveCount(0);
    await expect(page.getByLabel('Leave no pages in my history')).toHaveCount(0);

    await page.getByRole('button', { name: 'End session mode' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText("The client's answers are still on this screen");
    await expect(page.getByRole('button', { name: 'End and clear the answers' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Session with a worker')).toHaveCount(0);
    await page.locator('header nav a', { hasText: 'Options' }).click();
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await expect(page.locator('.summary')).not.toContainText('Very important');
    await expectNothingStored(page);

    // A reload in session mode would lose the client's answers: the browser asks first.
    await page.goto('/matters?mode=session');
    await appReady(page);
    await rate(page);
    let asked = '';
    page.once('dialog', async (dialog) => { asked = dialog.type(); await dialog.accept(); });
    await page.reload();
    expect(asked).toBe('beforeunload');
  });

  test('quick exit in session mode leaves without a reload warning', async ({ page }) => {
    await page.goto('/matters?mode=session');
    await appReady(page);
    await rate(page);
    let asked = false;
    page.on('dialog', async (dialog) => { asked = true; await dialog.accept(); });
    await page.getByRole('link', { name: 'Exit this page', exact: true }).click();
    await expect(page).toHaveURL(NEUTRAL);
    expect(asked).toBe(false);
  });
});

test.describe('saved files cost nothing', () => {
  /** A saved file holding these lines, with a correct checksum (FNV-1a, as the app writes it). */
  function forged(lines: string[]): string {
    const body = ['OWNPATH-ANSWERS 1', ...lines].join('\n');
    let hash = 0xcbf29ce484222325n;
    for (const byte of Buffer.from(body, 'utf8')) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    const sum = hash.toString(16).padStart(16, '0');
    return `<!DOCTYPE html><html><body><p>x</p><script type="text/plain" id="ownpath-answers">\n${body}\nchecksum ${sum}\n</script></body></html>`;
  }

  async function open(page: Page, name: string, text: string) {
    const path = join(mkdtempSync(join(tmpdir(), 'ownpath-')), name);
    writeFileSync(path, text);
    await page.getByLabel('Open a summary you saved before').setInputFiles(path);
  }

  test('a file can hold only what the app could; one with nothing known is refused', async ({ page }) => {
    await page.goto('/summary');
    await appReady(page);
    await open(page, 'five.html', forged([...OPTION_IDS.map((o) => `compare ${o}`), ...Array(10_000).fill('compare taper')]));
    await expect(page.getByRole('status').filter({ hasText: 'Your saved answers are back' })).toBeVisible();
    await page.locator('header nav a', { hasText: 'Compare' }).click();
    await expect(page.locator('.compare-pick input:checked')).toHaveCount(4);
    await expect(page.locator('.compare-pick input:disabled')).toHaveCount(OPTION_IDS.length - 4);

    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await open(page, 'unknown.html', forged(Array.from({ length: 3000 }, (_, i) => `step unknown-${i}`)));
    await expect(page.getByRole('status').filter({ hasText: 'holds no answers OwnPath can use' })).toBeVisible();
  });

  test('opening a file over answers on screen asks first', async ({ page }) => {
    await page.goto('/matters');
    await appReady(page);
    await rate(page);
    await page.locator('header nav a', { hasText: 'My summary' }).click();
    await open(page, 'other.html', forged(['leaning taper towards']));
    await expect(page.getByRole('dialog')).toContainText('Replace your answers?');
    await page.getByRole('button', { name: 'No, keep my answers' }).click();
    await expect(page.locator('.summary')).toContainText('Very important');
    await expect(page.locator('.summary')).not.toContainText('Leaning towards');
    await open(page, 'other.html', forged(['leaning taper towards']));
    await page.getByRole('button', { name: 'Yes, open the file' }).click();
    await expect(page.locator('.summary')).toContainText('Leaning towards');
    await expect(page.locator('.summary')).not.toContainText('Very important');
  });
});
