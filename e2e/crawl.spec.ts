// Crawls every page from the start page by its links, opening each one directly (as a deep link). On every page:
// only same-origin GETs for static files, no console errors or CSP violations, nothing stored, one h1, landmarks,
// lang, a skip link, a title naming the page and product, and zero axe violations (WCAG 2.2 A/AA).
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appReady, expectNothingStored, OPTION_IDS, PRODUCT_PATHS, watchPage } from './helpers';

test('every page opens directly, stays private and passes axe', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const watch = watchPage(page, origin);
  const queue = ['/'];
  const seen = new Set<string>(queue);
  const visited: string[] = [];

  while (queue.length) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    expect(response?.status(), `${path} status`).toBe(200);
    await appReady(page);
    visited.push(path);

    // Structure and accessibility baseline.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1:visible')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page).toHaveTitle(path === '/' ? 'OwnPath' : /^.+ — OwnPath$/);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations, `axe on ${path}`).toEqual([]);

    await expectNothingStored(page);

    // On a 390 px phone nothing scrolls sideways.
    const desktop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
    await page.setViewportSize(desktop);

    // Queue every in-app link on the page.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) {
        expect(['tel:', 'sms:'], `link leaves the app: ${href}`).toContain(url.protocol);
        continue;
      }
      const target = url.pathname.replace(/\/$/, '') || '/';
      // The quick-exit page is a plain neutral page, not part of the app (the settings tests visit it).
      if (target === '/neutral.html') continue;
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }

  for (const path of [...PRODUCT_PATHS, ...OPTION_IDS.map((id) => `/options/${id}`)]) {
    expect(visited, `the crawl reached ${path}`).toContain(path);
  }
  expect(visited.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThanOrEqual(12);
  expect(watch.problems).toEqual([]);
});
