// No interface text is missing from a language (issue 27, item 3). In the pseudo-language en-XA every letter of
// every text that comes from the language's content is accented (src/content/pseudo.rs), so a plain English word
// on an en-XA page is a string written into the code, or a text taken from another language. On every page, and
// in the states a crawl cannot reach by links (menu and Display open, answered tools, the QR code, the clear
// dialog, the worker's prompts, the kiosk start screen), every visible text, the title and every accessible name
// (aria-label, title, alt, placeholder) is read; any word of three or more plain ASCII letters is named with where
// it was found. Runs only against the pseudo build (`./x pseudo`, E2E_PSEUDO=1).
import { test, expect, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appReady, languagePrefix, OPTION_IDS, PRODUCT_PATHS, PSEUDO, STORY_IDS } from './helpers';

const LANG = 'en-XA';
const PREFIX = languagePrefix(LANG);

// What is rightly the same in every language, left out narrowly:
// - the references (assets/content/references.toml) are shared by every language, not translated: a paper's
//   authors, title and journal, its short form ("Sordo 2017") and our summary of it (`finding`);
// - web addresses (the national finders) and "12-step", a name the content rules read as a name, not a number
//   (NUMBER_NAMES in src/content/checks.rs; pseudo.rs keeps it);
// - text inside an element with another `lang` (the other languages' own names on the language links), which the
//   page reads out in that language;
// - on /check-settings (for the staff who set a copy up), the code in the "What applies" table: the settings'
//   names are the keys of site.json and their values as site.json writes them; the notes beside them are in the
//   page's language (ui.ftl).
const REFERENCE_TEXTS: string[] = [...readFileSync('assets/content/references.toml', 'utf8')
  .matchAll(/^(?:short|authors|title|published_in|finding) = ("(?:[^"\\]|\\.)*")$/gm)]
  .map((m) => JSON.parse(m[1]) as string)
  .sort((a, b) => b.length - a.length);
const KEPT_AS_IS = [/\S*(?:https?:\/\/|www\.)\S*/g, /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|com)\b\/?\S*/g, /\b12-step\b/g];

/** Every plain English word on the page as "word" in <where>: "text". */
async function englishWords(page: Page, references: string[], keptAsIs: string[]): Promise<string[]> {
  return page.evaluate(([references, keptAsIs]) => {
    const lang = document.documentElement.lang;
    const found: string[] = [];
    const check = (text: string, where: string) => {
      let rest = text;
      for (const reference of references) rest = rest.split(reference).join(' ');
      for (const pattern of keptAsIs) rest = rest.replace(new RegExp(pattern, 'g'), ' ');
      for (const word of rest.match(/[A-Za-z]{3,}/g) ?? []) {
        found.push(`"${word}" in ${where}: "${text.replace(/\s+/g, ' ').trim().slice(0, 70)}"`);
      }
    };
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : ''}>`;
    const otherLanguage = (el: Element) =>
      el.closest('[lang]')?.getAttribute('lang') !== lang || el.closest('table.check-settings[data-check="applies"] code') !== null;
    const shown = (el: Element) => {
      if (el.closest('script, style, noscript, template, [hidden]')) return false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
      }
      return true;
    };
    check(document.title, '<title>');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent!.trim() || !shown(parent) || otherLanguage(parent)) continue;
      check(node.textContent!, describe(parent));
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (!shown(el) || otherLanguage(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) check(value, `${describe(el)} ${name}`);
      }
    }
    return found;
  }, [references, keptAsIs.map((pattern) => pattern.source)] as const);
}

test.describe('the pseudo-language', () => {
  test.skip(!PSEUDO, 'only against the pseudo-language build (./x pseudo)');

  test(`${LANG}: every text on every page comes from the language's content`, async ({ page }) => {
    test.setTimeout(300_000);
    const found: string[] = [];
    const read = async (where: string) =>
      found.push(...(await englishWords(page, REFERENCE_TEXTS, KEPT_AS_IS)).map((word) => `${where}: ${word}`));
    const paths = [...PRODUCT_PATHS, ...OPTION_IDS.map((id) => `/options/${id}`), ...STORY_IDS.map((id) => `/stories/${id}`)];
    for (const path of paths) {
      await page.goto(`${PREFIX}${path}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG);
      await read(path);
    }
    // A page that does not exist.
    await page.goto(`${PREFIX}/no-such-page`);
    await appReady(page);
    await read('/no-such-page');
    expect(found).toEqual([]);
  });

  test(`${LANG}: the open states, the tools answered, session and kiosk come from the language's content too`, async ({ page }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const read = async (where: string) =>
      found.push(...(await englishWords(page, REFERENCE_TEXTS, KEPT_AS_IS)).map((word) => `${where}: ${word}`));
    await page.setViewportSize({ width: 390, height: 844 });

    // The phone menu and the Display panel.
    await page.goto(`${PREFIX}/summary`);
    await appReady(page);
    await page.locator('.menu-button').click();
    await expect(page.locator('.site-nav--open')).toBeVisible();
    await page.locator('.display-button').click();
    await expect(page.locator('#display-panel')).toBeVisible();
    await read('/summary, menu and Display open');

    // The tools answered: feedback on the check, chosen and own steps, a filled summary with its QR code.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${PREFIX}/check`);
    await appReady(page);
    for (const question of await page.locator('.check-question').all()) await question.locator('.choice label').first().click();
    await read('/check, answered');
    await page.locator(`a[href$="/steps"]`).first().dispatchEvent('click');
    await expect(page).toHaveURL(/\/steps$/);
    await page.locator('.steps .check-item label').first().click();
    await page.locator('#own-step').fill('ĉåļļ');
    await page.locator('.own-form button[type="submit"]').click();
    await expect(page.locator('.own-list li')).toHaveCount(1);
    await read('/steps, chosen and own steps');
    await page.locator(`a[href$="/summary"]`).first().dispatchEvent('click');
    await expect(page).toHaveURL(/\/summary$/);
    await page.locator('.summary-actions button[aria-controls="qr-panel"]').click();
    await expect(page.locator('.qr__code')).toBeVisible();
    await read('/summary, filled, QR shown');
    await page.locator('.summary-actions .button--danger').click();
    await expect(page.locator('dialog.dialog[open]')).toBeVisible();
    await read('/summary, clear dialog open');
    await page.keyboard.press('Escape');

    // With a worker: the session badge and the worker's prompts, open.
    for (const path of ['/', '/summary', `/options/${OPTION_IDS[0]}`]) {
      await page.goto(`${PREFIX}${path}?mode=session`);
      await appReady(page);
      for (const details of await page.locator('details.worker-prompts').all()) await details.locator('summary').click();
      await read(`${path} (session)`);
    }

    // A kiosk: its start screen, then a page.
    await page.goto(`${PREFIX}/?mode=kiosk`);
    await expect(page.locator('.kiosk-start__go')).toBeVisible();
    await read('/ (kiosk start screen)');
    await page.locator('.kiosk-start__go').click();
    await appReady(page);
    await read('/ (kiosk)');
    expect(found).toEqual([]);
  });
});
