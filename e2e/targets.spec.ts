// Targets a thumb can hit (issue 15, item 5): every visible interactive element is at least 44×44 CSS px on a
// 390 px touch phone and 48×48 on a kiosk (1080×1920), on every page, with the phone menu open, and in the states a
// first load does not show (an answered check, chosen and own steps, a filled summary with its QR code).
// A control that is drawn through its label (a visually hidden checkbox, radio or file input) counts with the
// larger of its own box and its label's box. Inline links count with their padded box (the padding that makes
// them tall does not move the lines of text). The failure lists every element under the minimum: page, text, size.
import { test, expect, Page } from '@playwright/test';
import { appReady, languagePrefix, LANGUAGES, OPTION_IDS, PRODUCT_PATHS, PSEUDO, PSEUDO_LANGUAGES } from './helpers';

// The default language; in a pseudo run (E2E_PSEUDO=1) each pseudo-language, whose longer words must still fit.
const TARGET_LANGUAGES = PSEUDO ? PSEUDO_LANGUAGES : [LANGUAGES[0]];
const named = (name: string, lang: string) => (PSEUDO ? `${name} — ${lang}` : name);

const PAGES = [...PRODUCT_PATHS, ...OPTION_IDS.map((id) => `/options/${id}`), '/stories/dana-take-homes'];
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const KIOSK = { viewport: { width: 1080, height: 1920 }, hasTouch: true };

/** Every visible interactive element smaller than `min` on either side, as "text (tag): W×H". */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], '
      + '[tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    const shown = (el: Element) => {
      if (el.closest('[inert], [hidden]')) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    const fits = (r: DOMRect) => r.width >= min - 0.5 && r.height >= min - 0.5;
    for (const el of Array.from(document.querySelectorAll(selector))) {
      const labels = Array.from((el as HTMLInputElement).labels ?? []).filter(shown);
      if (!shown(el) && labels.length === 0) continue;
      // Hidden until focused (the skip link): measured when it shows.
      if (el.matches('.skip-link') && document.activeElement !== el) continue;
      const boxes = [el, ...labels].filter(shown).map((e) => e.getBoundingClientRect());
      if (boxes.some(fits)) continue;
      const best = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
      const text = (el.getAttribute('aria-label') || (el as HTMLElement).innerText || labels[0]?.innerText
        || el.getAttribute('title') || el.id || '').replace(/\s+/g, ' ').trim().slice(0, 50);
      small.push(`${text} (${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}): ${best.width.toFixed(1)}×${best.height.toFixed(1)}`);
    }
    return small;
  }, min);
}

// /check-settings is for the staff who set a kiosk up: it shows at once, with no start screen (issue 23).
const startScreen = (path: string, kiosk: boolean) => kiosk && !path.startsWith('/check-settings');

async function open(page: Page, lang: string, path: string, kiosk: boolean) {
  await page.goto(languagePrefix(lang) + path + (kiosk ? (path.includes('?') ? '&' : '?') + 'mode=kiosk' : ''));
  if (startScreen(path, kiosk)) {
    // The kiosk start screen is measured too, then left.
    const go = page.locator('.kiosk-start__go');
    await expect(go).toBeVisible();
    return;
  }
  await appReady(page);
}

async function measureEveryPage(page: Page, lang: string, kiosk: boolean, min: number) {
  const failures: string[] = [];
  for (const path of PAGES) {
    await open(page, lang, path, kiosk);
    if (startScreen(path, kiosk)) {
      failures.push(...(await smallTargets(page, min)).map((s) => `${path} (kiosk start screen): ${s}`));
      await page.locator('.kiosk-start__go').click();
      await appReady(page);
    }
    failures.push(...(await smallTargets(page, min)).map((s) => `${path}: ${s}`));
    // The skip link, when it shows.
    await page.keyboard.press('Tab');
    failures.push(...(await smallTargets(page, min)).filter((s) => s.includes('skip-link')).map((s) => `${path}: ${s}`));
  }
  return failures;
}

/** Follows the app's own link to `path` (hidden ones too: the phone menu may be closed), keeping the answers. */
async function goInApp(page: Page, path: string) {
  await page.locator(`a[href$="${path}"], a[href*="${path}?"]`).first().dispatchEvent('click');
  await page.waitForURL(new RegExp(`${path}(\\?|$)`));
  await expect(page.locator('main h1')).toHaveCount(1);
}

/** Answers some of every tool, so the states a first load hides show: feedback, chosen and own steps, a summary. */
async function fillTools(page: Page, lang: string, kiosk: boolean) {
  await open(page, lang, '/', kiosk);
  if (kiosk) await page.locator('.kiosk-start__go').click();
  await appReady(page);
  await goInApp(page, '/check');
  const questions = page.locator('.check-question');
  await expect(questions.first()).toBeVisible();
  for (const question of await questions.all()) {
    await question.locator('.choice label').first().click();
  }
  await goInApp(page, '/steps');
  await page.locator('.steps .check-item label').first().click();
  await page.locator('#own-step').fill('Call the clinic on Monday');
  await page.locator('.own-form button[type="submit"]').click();
  await expect(page.locator('.own-list li')).toHaveCount(1);
}

for (const lang of TARGET_LANGUAGES) {
  test.describe('on a 390 px touch phone', () => {
    test.use(PHONE);

    test(named('every interactive element on every page is at least 44×44', lang), async ({ page }) => {
      test.setTimeout(240_000);
      expect(await measureEveryPage(page, lang, false, 44)).toEqual([]);
    });

    test(named('the open menu, answered tools and a filled summary are at least 44×44', lang), async ({ page }) => {
      test.setTimeout(120_000);
      const failures: string[] = [];
      await open(page, lang, '/', false);
      await page.locator('.menu-button').click();
      await expect(page.locator('#site-nav')).toBeVisible();
      failures.push(...(await smallTargets(page, 44)).map((s) => `/ (menu open): ${s}`));
      await page.locator('.menu-button').click();

      await fillTools(page, lang, false);
      failures.push(...(await smallTargets(page, 44)).map((s) => `/steps (chosen and own steps): ${s}`));
      await goInApp(page, '/check');
      await expect(page.locator('.check-question .feedback a').first()).toBeVisible();
      failures.push(...(await smallTargets(page, 44)).map((s) => `/check (answered): ${s}`));
      await goInApp(page, '/summary');
      await page.locator('button[aria-controls="qr-panel"]').click();
      failures.push(...(await smallTargets(page, 44)).map((s) => `/summary (filled, QR shown): ${s}`));
      expect(failures).toEqual([]);
    });
  });

  test.describe('on a 1080×1920 kiosk', () => {
    test.use(KIOSK);

    test(named('every interactive element on every page is at least 48×48', lang), async ({ page }) => {
      test.setTimeout(300_000);
      expect(await measureEveryPage(page, lang, true, 48)).toEqual([]);
    });

    test(named('answered tools and a filled summary are at least 48×48', lang), async ({ page }) => {
      test.setTimeout(120_000);
      const failures: string[] = [];
      await fillTools(page, lang, true);
      failures.push(...(await smallTargets(page, 48)).map((s) => `/steps (chosen and own steps): ${s}`));
      await goInApp(page, '/check');
      await expect(page.locator('.check-question .feedback a').first()).toBeVisible();
      failures.push(...(await smallTargets(page, 48)).map((s) => `/check (answered): ${s}`));
      await goInApp(page, '/summary');
      await page.locator('button[aria-controls="qr-panel"]').click();
      failures.push(...(await smallTargets(page, 48)).map((s) => `/summary (filled, QR shown): ${s}`));
      expect(failures).toEqual([]);
    });
  });
}
