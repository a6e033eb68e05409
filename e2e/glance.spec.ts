// The short layer (issue 15): "In short" on every option page, the "Starting" box on the medications' pages, and
// the grid on /compare. Measured as the three new users would meet it: on a 390 px phone and a laptop screen.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appReady, MEDICATION_IDS as MEDICATIONS, OPTION_IDS, watchPage } from './helpers';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

async function noAxeViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), where).toEqual([]);
}

/** Every in-page link of the locator's links leads to an element that exists on the page it names. */
async function expectLinksLand(page: Page, selector: string) {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of new Set(hrefs)) {
    const [path, fragment] = href.split('#');
    expect(fragment, href).toBeTruthy();
    const target = await page.context().newPage();
    await target.goto(path.replace(/^\.\.?\//, '/'));
    await expect(target.locator(`[id="${fragment}"]`), href).toHaveCount(1);
    await target.close();
  }
}

for (const lang of ['en', 'es']) {
  test(`every option page opens with nine short answers (${lang}), and only medications have a Starting box`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize(PHONE);
    for (const id of OPTION_IDS) {
      await page.goto(`/options/${id}?lang=${lang}`);
      await appReady(page);
      const items = page.locator('.glance .glance__item');
      await expect(items).toHaveCount(9);
      // What shows is short (the build counts the words in the files; this counts what reaches the screen).
      for (const text of await items.locator('dd > p').allInnerTexts()) {
        expect(text.trim().split(/\s+/).length, `${id}: "${text}"`).toBeLessThanOrEqual(26);
      }
      // The short layer comes before the long sections.
      const glanceTop = (await page.locator('.glance').boundingBox())!.y;
      const firstSection = (await page.locator('section.answer').first().boundingBox())!.y;
      expect(glanceTop).toBeLessThan(firstSection);
      await expect(page.locator('#starting')).toHaveCount(MEDICATIONS.includes(id) ? 1 : 0);
    }
    expect(watch.problems).toEqual([]);
  });
}

test('each short answer links to a long answer that is there', async ({ page }) => {
  await page.goto('/options/buprenorphine');
  await appReady(page);
  await expectLinksLand(page, '.glance a.glance__more');
  await expectLinksLand(page, '.starting a');
});

test('on a phone, "do I have to go through withdrawal?" is answered within one screen of the option page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const id of MEDICATIONS) {
    await page.goto(`/options/${id}`);
    await appReady(page);
    const first = page.locator('.glance .glance__item').first();
    await expect(first.locator('dt')).toHaveText('Do I have to go through withdrawal to start?');
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, `${id}: the first short answer ends at ${box.y + box.height}px`).toBeLessThan(2 * PHONE.height);
  }
});

test('compare shows the short answers side by side: one laptop screen, four phone screens', async ({ page, baseURL }) => {
  const watch = watchPage(page, new URL(baseURL!).origin);
  await page.setViewportSize(LAPTOP);
  await page.goto('/compare');
  await appReady(page);
  // The quick exit's tip on a visit's first page (issue 25) is read and put away: the measure is the grid's.
  await page.locator('.exit-tip').getByRole('button', { name: 'Got it' }).click();
  await expect(page.locator('.glance-grid')).toHaveCount(0); // nothing to set side by side yet
  await page.getByLabel('Methadone', { exact: true }).check();
  await page.getByLabel('Recovery without medication', { exact: true }).check();

  const grid = page.locator('.glance-grid');
  await expect(grid.locator('thead th a')).toHaveText(['Methadone', 'Recovery without medication']);
  await expect(grid.locator('tbody tr')).toHaveCount(9);
  await expect(grid.locator('tbody tr').first().locator('td')).toHaveCount(2);
  // One laptop screen holds the whole grid, and the options sit side by side in each row.
  const gridBox = (await grid.boundingBox())!;
  expect(gridBox.height, 'grid height on a laptop').toBeLessThanOrEqual(LAPTOP.height);
  const [a, b] = await grid.locator('tbody tr').first().locator('td').evaluateAll((cells) =>
    cells.map((c) => c.getBoundingClientRect().toJSON()));
  expect(Math.abs(a.top - b.top)).toBeLessThan(2);
  // The full answers are folded below, one tap away.
  await expect(page.locator('.compare-question').first()).toBeHidden();
  await noAxeViolations(page, 'compare grid, laptop');
  await expectLinksLand(page, '.glance-grid a.glance__more');

  // A phone: the page from its top to the grid's end fits in four screens, still two answers to a row.
  await page.setViewportSize(PHONE);
  const phoneGrid = (await grid.boundingBox())!;
  const bottom = phoneGrid.y + phoneGrid.height + (await page.evaluate(() => window.scrollY));
  expect(bottom, 'page top to the end of the grid, on a phone').toBeLessThanOrEqual(4 * PHONE.height);
  const row = await grid.locator('tbody tr').nth(3).locator('td').evaluateAll((cells) =>
    cells.map((c) => c.getBoundingClientRect().toJSON()));
  expect(Math.abs(row[0].top - row[1].top)).toBeLessThan(2);
  expect(row[0].width).toBeGreaterThan(140);
  // On a phone each answer is headed by its option's name, which leads to the full answer.
  await expect(grid.locator('tbody tr').first().locator('a.glance-grid__name')).toHaveText(['Methadone: Full answer', 'Recovery without medication: Full answer']);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await noAxeViolations(page, 'compare grid, phone');
  await page.emulateMedia({ colorScheme: 'dark' });
  await noAxeViolations(page, 'compare grid, phone, dark');

  // Closed, the full answers hold only their summary: they are built when opened (issue 26).
  await expect(page.locator('.compare-full .compare-cell')).toHaveCount(0);
  await page.locator('.compare-full > summary').click();
  await expect(page.locator('.compare-question')).toHaveCount(10);
  await expect(page.locator('.compare-question').first()).toBeVisible();
  await expect(page.locator('.compare-question').first().locator('.compare-cell')).toHaveCount(2);
  // Open, they follow the picks: a third option adds its column to every question, and they stay open.
  await page.getByLabel('Buprenorphine', { exact: true }).check();
  await expect(page.locator('.compare-full')).toHaveAttribute('open', '');
  for (const question of await page.locator('.compare-question').all()) {
    await expect(question.locator('.compare-cell')).toHaveCount(3);
  }
  await expect(page.locator('.compare-question').first().locator('.compare-cell h3'))
    .toHaveText(['Methadone', 'Recovery without medication', 'Buprenorphine']); // in the order picked
  expect(watch.problems).toEqual([]);
});

test('compare in Spanish: the grid and its links speak Spanish', async ({ page }) => {
  await page.goto('/compare?lang=es');
  await appReady(page);
  await page.getByLabel('Metadona', { exact: true }).check();
  await page.getByLabel('Buprenorfina', { exact: true }).check();
  const grid = page.locator('.glance-grid');
  await expect(grid.locator('tbody tr')).toHaveCount(9);
  await expect(grid.locator('a.glance__more').first()).toContainText('Respuesta completa');
  await expect(page.locator('.compare-full > summary')).toContainText('respuestas completas');
  await noAxeViolations(page, 'compare grid, Spanish');
});
