// The review pack (/review) for a service's clinical lead and peer lead: prerendered in every language and read in
// full without JavaScript, linked from none of the client's menus, and printed on A4 and on Letter with no text cut
// at the edge. (The crawl opens it too, in every setting, with axe.)
import { test, expect, Page } from '@playwright/test';
import { appReady, LANGUAGES, languagePrefix, watchPage } from './helpers';

// The printable width of each paper size with the 15 mm margins of the print styles, in CSS pixels (96 per inch).
const MM = 96 / 25.4;
const PAPERS = [
  { format: 'A4', width: Math.floor((210 - 30) * MM) },
  { format: 'Letter', width: Math.floor((215.9 - 30) * MM) },
];

async function expectNothingCut(page: Page, where: string) {
  const cut = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('main h1, main h2, main p, main li')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 1) {
        out.push(`${el.tagName}: ${el.textContent?.slice(0, 60)}`);
      }
    }
    return out;
  });
  expect(cut, where).toEqual([]);
}

for (const lang of LANGUAGES) {
  test(`the review pack reads in full without JavaScript — ${lang}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}${languagePrefix(lang)}/review`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main h1')).toHaveCount(1);
    // Every option's page and more, each claim with its source and how sure it is.
    expect(await page.locator('main section[id^="sec-page-"]').count()).toBeGreaterThanOrEqual(10);
    const claims = page.locator('main section[id^="sec-page-"] li');
    expect(await claims.count()).toBeGreaterThanOrEqual(60);
    for (const claim of await claims.all()) {
      expect((await claim.locator('strong').count()) >= 2, await claim.innerText()).toBe(true);
    }
    await expect(page.locator('#sec-policy p').first()).not.toBeEmpty();
    await expect(page.locator('#sec-sign li')).toHaveCount(6);
    await context.close();
  });
}

test('no page of the client links to the review pack', async ({ page }) => {
  for (const path of ['/', '/about', '/professionals', '/options']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('a[href$="/review"]'), path).toHaveCount(0);
  }
});

for (const paper of PAPERS) {
  test(`the review pack prints on ${paper.format} with no text cut`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, new URL(baseURL!).origin);
    for (const lang of LANGUAGES) {
      await page.goto(`${languagePrefix(lang)}/review`);
      await appReady(page);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: paper.width, height: 1000 });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('main .read-aloud').first()).toBeHidden();
      await expectNothingCut(page, `${lang} on ${paper.format}`);
      const pdf = await page.pdf({ format: paper.format, printBackground: false });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(watch.problems).toEqual([]);
  });
}
