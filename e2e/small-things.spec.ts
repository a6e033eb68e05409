// Small things a new user tripped on (issue 15, item 7): the file picker in our own words, SURE titles inside
// their boxes, /check's gentle verdicts, a space between a step and its remove button, and 1,000-icon pictures
// that stay readable on a phone.
import { test, expect, Page } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Follows the app's own link to `path` (hidden ones too), keeping the answers in memory. */
async function goInApp(page: Page, path: string) {
  await page.locator(`a[href$="${path}"], a[href*="${path}?"]`).first().dispatchEvent('click');
  await page.waitForURL(new RegExp(`${path}(\\?|$)`));
  await appReady(page);
}

test('the file picker is our own button with its status in the page language', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/summary?lang=es');
  await appReady(page);
  const input = page.locator('#reopen-file');
  const button = page.locator('label[for="reopen-file"]');
  const status = page.locator('#reopen-status');
  // The browser's own picker ("Choose File", "No file chosen", in the browser's language) is not drawn.
  const drawn = await input.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { width: box.width, height: box.height, opacity: getComputedStyle(el).opacity };
  });
  expect(drawn.width * drawn.height).toBeLessThanOrEqual(1);
  expect(drawn.opacity).toBe('0');
  await expect(button).toBeVisible();
  await expect(button).toHaveText('Abrir un resumen que guardaste antes');
  await expect(status).toHaveText('Todavía no elegiste ningún archivo.');
  await expect(input).toHaveAttribute('aria-describedby', 'reopen-status');
  // Still named by its label for screen readers, and reached by the keyboard with a visible ring on the button.
  await expect(page.getByLabel('Abrir un resumen que guardaste antes')).toHaveAttribute('type', 'file');
  await page.locator('button[aria-controls="qr-panel"]').focus();
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // The chosen file's name, in our words.
  const path = join(mkdtempSync(join(tmpdir(), 'ownpath-')), 'notas-viejas.html');
  writeFileSync(path, '<p>not a summary</p>');
  await input.setInputFiles(path);
  await expect(status).toHaveText('Archivo elegido: notas-viejas.html');
});

for (const [name, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the SURE titles sit inside their boxes (${name}, ${scheme})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/sure');
      await appReady(page);
      const boxes = await page.locator('fieldset.sure-item').evaluateAll((sets) => sets.map((set) => {
        const field = set.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(set).borderTopWidth);
        const legend = set.querySelector('legend')!.getBoundingClientRect();
        return { top: legend.top - (field.top + border), left: legend.left - field.left, right: field.right - legend.right };
      }));
      expect(boxes).toHaveLength(4);
      for (const box of boxes) {
        expect(box.top, 'the title starts below the top border').toBeGreaterThanOrEqual(4);
        expect(box.left).toBeGreaterThan(0);
        expect(box.right).toBeGreaterThan(0);
      }
    });
  }
}

test('/check says an answer matches the research, never "Correct", in both languages', async ({ page }) => {
  for (const [lang, matches, differs] of [
    ['en', 'That matches the research.', 'The research says something different.'],
    ['es', 'Eso coincide con la investigación.', 'La investigación dice algo distinto.'],
  ]) {
    await page.goto(`/check?lang=${lang}`);
    await appReady(page);
    const first = page.locator('.check-question').first();
    // The first statement is true: "true" matches, "false" does not.
    await first.locator('.choice label').nth(0).click();
    await expect(first.locator('.feedback__verdict strong')).toHaveText(matches);
    await first.locator('.choice label').nth(1).click();
    await expect(first.locator('.feedback__verdict strong')).toHaveText(differs);
    await expect(page.locator('main')).not.toContainText(/Correct|That's right/);
  }
});

test('/steps: a step in your own words and its remove button are apart, on screen and when read', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/steps');
  await appReady(page);
  await page.locator('#own-step').fill('Call my sister on Sunday');
  await page.locator('.own-form button[type="submit"]').click();
  const item = page.locator('.own-list li').first();
  await expect(item).toHaveCount(1);
  const text = (await item.textContent())!.replace(/\s+/g, ' ').trim();
  expect(text).toBe('Call my sister on Sunday That is a real step. Remove');
  const gap = await item.evaluate((li) => {
    const words = li.querySelector('.step__affirm')!.getBoundingClientRect();
    const button = li.querySelector('button')!.getBoundingClientRect();
    return button.left - words.right;
  });
  expect(gap, 'space between the words and the remove button').toBeGreaterThanOrEqual(12);
  await expect(item.getByRole('button', { name: 'Remove Call my sister on Sunday' })).toBeVisible();
});

test('1,000-icon pictures stay readable on a phone: the same icons in shorter rows, one picture shown', async ({ page }) => {
  const shown = () => page.locator('.figure__group').first().evaluate((group) => {
    const visible = Array.from(group.querySelectorAll('svg.icon-array')).filter((svg) => svg.getClientRects().length > 0);
    return visible.map((svg) => ({
      viewBox: svg.getAttribute('viewBox'),
      filled: svg.querySelectorAll('.icon-array__filled').length,
      label: svg.getAttribute('aria-label'),
      // One icon cell (10 units) in CSS px.
      cell: (svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')!.split(' ')[2])) * 10,
    }));
  });
  await page.setViewportSize(PHONE);
  await page.goto('/options/methadone');
  await appReady(page);
  const phone = await shown();
  expect(phone).toHaveLength(1);
  expect(phone[0].viewBox).toBe('0 0 320 430');
  expect(phone[0].filled).toBe(11);
  expect(phone[0].label).toContain('11 out of 1,000');
  expect(phone[0].cell, 'an icon cell on a phone, in px').toBeGreaterThanOrEqual(9);

  await page.setViewportSize(DESKTOP);
  const desktop = await shown();
  expect(desktop).toHaveLength(1);
  expect(desktop[0].viewBox).toBe('0 0 540 210');
  expect(desktop[0].filled).toBe(11);
  expect(desktop[0].label).toBe(phone[0].label);
});
