// The decision tools end to end: start → matters → compare → an option (leaning) → check → sure → steps →
// summary; then print, save, reopen the saved file, read the QR code, refuse bad files, and clear everything.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { appReady, expectNothingStored, watchPage, OPTION_IDS } from './helpers';

const SHOTS = process.env.SHOT_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function clickNav(page: Page, name: string) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.locator('header nav a', { hasText: name }).click();
}

async function noAxeViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), where).toEqual([]);
}

async function summaryText(page: Page) {
  return (await page.locator('.summary').innerText()).replace(/\s+/g, ' ').trim();
}

test('a person can go through every tool and keep a summary', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  await appReady(page);

  // What matters to me: rate with buttons, then see how options relate (no score, no ranking).
  await page.getByRole('link', { name: 'Start with what matters' }).click();
  await expect(page.locator('main h1')).toHaveText('What matters to me');
  const statements = page.locator('.statements fieldset');
  // The page's part (the tools' texts) may still be on its way: wait for it rather than count at once.
  await expect.poll(() => statements.count()).toBeGreaterThanOrEqual(10);
  await statements.nth(0).getByText('Very important', { exact: true }).click();
  await statements.nth(2).getByText('Very important', { exact: true }).click();
  await statements.nth(4).getByText('Quite important', { exact: true }).click();
  await statements.nth(1).getByText('Not important to me', { exact: true }).click();
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
  // No score or ranking: options stay in their fixed order and no numbers are shown.
  await expect(page.locator('.relate-option h3')).toHaveText([
    'Methadone', 'Buprenorphine', 'Extended-release naltrexone', 'Tapering off medication',
    'Recovery without medication', 'Staying safer while using',
  ]);
  expect(await page.locator('.relate').innerText()).not.toMatch(/[0-9]|%|best match/i);
  await noAxeViolations(page, 'matters');
  await shot(page, 'matters');

  // Compare: pick two options, see them side by side, mark a leaning there.
  await clickNav(page, 'Compare');
  await expect(page.locator('main h1')).toHaveText('Compare options');
  await page.getByLabel('Methadone', { exact: true }).check();
  await page.getByLabel('Tapering off medication', { exact: true }).check();
  await expect(page.locator('.glance-grid tbody tr')).toHaveCount(9);
  await expect(page.locator('.compare-question').first()).toBeHidden(); // the full answers wait, folded, under the grid
  await page.locator('.compare-full > summary').click();
  await expect(page.locator('.compare-question')).toHaveCount(10);
  await expect(page.locator('.compare-question').first().locator('.compare-cell')).toHaveCount(2);
  await page.locator('.compare-cell fieldset', { hasText: 'Tapering off medication' }).getByText('Maybe').click();
  await noAxeViolations(page, 'compare');
  await shot(page, 'compare');

  // An option page: mark a leaning and pick a question to ask.
  await page.locator('.glance-grid thead a', { hasText: 'Methadone' }).click();
  await expect(page.locator('main h1')).toHaveText('Methadone');
  await page.locator('fieldset.leaning').getByText('Leaning towards').click();
  const firstQuestion = page.locator('.ask-list label').first();
  const questionText = (await firstQuestion.innerText()).trim();
  await firstQuestion.click();

  // Knowledge check: feedback after each answer, never a grade.
  await clickNav(page, 'Stories'); // any page, then the footer link to the check
  await page.locator('footer a', { hasText: 'Check what you know' }).click();
  await expect(page.locator('main h1')).toHaveText('Check what you know');
  const questions = page.locator('.check-question');
  expect(await questions.count()).toBeGreaterThanOrEqual(6);
  await questions.nth(0).getByText('True', { exact: true }).click();
  await expect(questions.nth(0).locator('.feedback')).toContainText(/That matches the research|The research says something different/);
  await expect(questions.nth(0).locator('.feedback a').last()).toBeVisible();
  await questions.nth(1).getByText('Not sure', { exact: true }).click();
  await expect(questions.nth(1).locator('.feedback')).toContainText('not sure');
  await noAxeViolations(page, 'check');

  // SURE: four yes/no items; a "no" brings gentle suggestions.
  await page.locator('footer a', { hasText: 'How sure do I feel?' }).click();
  await expect(page.locator('main h1')).toHaveText('How sure do I feel?');
  const items = page.locator('fieldset.sure-item');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toContainText('Do you feel SURE about the best choice for you?');
  for (const [i, answer] of ['Yes', 'No', 'Yes', 'Yes'].entries()) {
    await items.nth(i).getByText(answer, { exact: true }).click();
  }
  await expect(page.locator('.sure-result')).toContainText(/unsure/i);
  await expect(page.locator('.sure-result li').first()).toBeVisible();
  await noAxeViolations(page, 'sure');
  await shot(page, 'sure');

  // Next steps: pick one, add one in my own words; each is affirmed with a next step.
  await page.locator('footer a', { hasText: 'Small next steps' }).click();
  const step = page.locator('.step').first();
  await step.locator('label').click();
  await expect(step.locator('.step__next')).toBeVisible();
  await page.getByLabel('Add a step in your own words').fill('Call my sister on Sunday');
  await page.getByRole('button', { name: 'Add step' }).click();
  await expect(page.locator('.own-list')).toContainText('Call my sister on Sunday');
  await noAxeViolations(page, 'steps');

  // My summary: everything in one place.
  await clickNav(page, 'My summary');
  await expect(page.locator('main h1')).toHaveText('My summary');
  await page.getByLabel('Add a question in your own words').fill('Can I get take-home doses sooner?');
  await page.getByRole('button', { name: 'Add question' }).click();
  const summary = page.locator('.summary');
  await expect(summary).toContainText('Methadone: Leaning towards');
  await expect(summary).toContainText('Tapering off medication: Maybe');
  await expect(summary).toContainText('Very important');
  await expect(summary).toContainText('I answered yes to 3 of 4 SURE questions');
  await expect(summary).toContainText(questionText);
  await expect(summary).toContainText('Can I get take-home doses sooner?');
  await expect(summary).toContainText('Call my sister on Sunday');
  await noAxeViolations(page, 'summary');
  await shot(page, 'summary');
  const before = await summaryText(page);

  // Print: a clean sheet without navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('.summary-actions')).toBeHidden();
  await expect(page.locator('.summary')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'summary-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // QR code: decode the picture and read the summary text back.
  await page.getByRole('button', { name: 'Show a QR code' }).click();
  const qr = page.locator('.qr__code');
  await expect(qr).toBeVisible();
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'the QR code can be read').not.toBeNull();
  expect(decoded!.data).toContain('My summary');
  expect(decoded!.data).toContain('Methadone: Leaning towards');
  expect(decoded!.data).toContain('Call my sister on Sunday');

  // Save to a file, generated in the browser.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save to a file on this device' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d\d-\d\d\.html$/);
  const dir = mkdtempSync(join(tmpdir(), 'ownpath-'));
  const savedPath = join(dir, 'saved.html');
  await download.saveAs(savedPath);
  const saved = readFileSync(savedPath, 'utf8');
  expect(saved).toContain('OWNPATH-ANSWERS 1');
  expect(saved).toContain('Call my sister on Sunday');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Clear everything, with a confirm step; cancelling keeps everything.
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await noAxeViolations(page, 'clear dialog');
  await page.getByRole('button', { name: 'No, keep my answers' }).click();
  expect(await summaryText(page)).toBe(before);
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything is cleared' })).toBeVisible();
  await expect(summary).not.toContainText('Leaning towards');

  // Reopen the saved file: the same summary comes back.
  await page.getByLabel('Open a summary you saved before').setInputFiles(savedPath);
  await expect(page.getByRole('status').filter({ hasText: 'Your saved answers are back' })).toBeVisible();
  expect(await summaryText(page)).toBe(before);

  // Bad files are refused with a clear message, and the current answers stay.
  const bad: [string, string | Buffer, RegExp][] = [
    ['not-ours.html', '<html><body>hello</body></html>', /not an OwnPath summary/],
    ['tampered.html', saved.replace('Call my sister on Sunday', 'Call my brother on Sunday').replace('Call%20my%20sister', 'Call%20my%20brother'), /changed since it was saved/],
    ['truncated.html', saved.slice(0, saved.indexOf('checksum')), /incomplete/],
    ['future.html', saved.replace('OWNPATH-ANSWERS 1', 'OWNPATH-ANSWERS 9'), /different version/],
    ['huge.html', Buffer.alloc(1024 * 1024 + 10, 'a'), /too big/],
  ];
  for (const [name, body, message] of bad) {
    const path = join(dir, name);
    writeFileSync(path, body);
    await page.getByLabel('Open a summary you saved before').setInputFiles(path);
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: message })).toContainText('Your current answers have not changed');
    expect(await summaryText(page)).toBe(before);
  }

  await expectNothingStored(page);
  expect(watch.problems).toEqual([]);
});

test('compare reads as stacked cards on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare');
  await appReady(page);
  for (const name of ['Methadone', 'Buprenorphine', 'Recovery without medication']) {
    await page.getByLabel(name, { exact: true }).check();
  }
  await page.locator('.compare-full > summary').click();
  const cells = page.locator('.compare-question').nth(2).locator('.compare-cell');
  await expect(cells).toHaveCount(3);
  const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1); // stacked, not squeezed into columns
  expect(a!.width).toBeGreaterThan(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // A fifth option cannot be added past four.
  await page.getByLabel('Tapering off medication', { exact: true }).check();
  await expect(page.getByLabel('Staying safer while using', { exact: true })).toBeDisabled();
  await shot(page, 'compare-phone');
});
