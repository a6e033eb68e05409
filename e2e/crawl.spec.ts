// Crawls every page from the start page by its links, opening each one directly (as a deep link), in every
// setting and language. On every page: only same-origin GETs for static files, no console errors or CSP
// violations, nothing stored, one h1, landmarks, lang, a skip link, a title naming the page and product, zero axe
// violations (WCAG 2.2 A/AA), and no sideways scrolling at 320 px (the width of 1280 px at 400 % zoom).
// The crawl runs once more in dark mode (the system's dark scheme), and the states a crawl cannot reach by links
// (menu open, QR shown, dialogs open, session and kiosk) are checked with axe in dark mode too. Computed contrast
// of every control, which axe partly skips, is in contrast.spec.ts.
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import {
  appReady, direction, expectNothingStored, languagePrefix, LANGUAGES, OPTION_IDS, PRODUCT_PATHS, PSEUDO,
  PSEUDO_LANGUAGES, splitAddress, watchPage,
} from './helpers';

// The only addresses on other sites a page may link to: the national finders of the shipped contacts (issue 25),
// read from every language's contacts.toml. They open with no referrer, and a kiosk shows them as text. (The
// pseudo-languages have no folder: their addresses are the default language's.)
const FINDERS = new Set(
  LANGUAGES.filter((lang) => existsSync(`assets/content/${lang}`)).flatMap((lang) =>
    [...readFileSync(`assets/content/${lang}/contacts.toml`, 'utf8').matchAll(/^address = "([^"]+)"/gm)].map((m) => m[1])),
);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Variant {
  name: string;
  query: string;
  lang: string;
  kiosk?: boolean;
  /** The system asks for dark colours (prefers-color-scheme: dark). */
  dark?: boolean;
}

// Each language at its own addresses (/es/… for Spanish); the crawl keeps to the variant's language. A pseudo run
// (E2E_PSEUDO=1, `./x pseudo`) crawls only the pseudo-languages, at home and on a kiosk (the largest type).
const REAL_VARIANTS: Variant[] = [
  { name: 'home, English', query: '', lang: 'en' },
  { name: 'home, Spanish', query: '', lang: 'es' },
  { name: 'session, English', query: '?mode=session', lang: 'en' },
  { name: 'session, Spanish', query: '?mode=session', lang: 'es' },
  { name: 'kiosk, English', query: '?mode=kiosk', lang: 'en', kiosk: true },
  { name: 'kiosk, Spanish', query: '?mode=kiosk', lang: 'es', kiosk: true },
  { name: 'home, English, dark', query: '', lang: 'en', dark: true },
];
const VARIANTS: Variant[] = PSEUDO
  ? PSEUDO_LANGUAGES.flatMap((lang) => [
    { name: `home, ${lang}`, query: '', lang },
    { name: `kiosk, ${lang}`, query: '?mode=kiosk', lang, kiosk: true },
  ])
  : REAL_VARIANTS;

async function noAxeViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(violations, where).toEqual([]);
}

/** The product's name as the start page's title gives it, per language (a pseudo-language writes it its own way). */
const siteNames = new Map<string, string>();

async function checkPage(page: Page, path: string, variant: Variant) {
  await expect(page.locator('html')).toHaveAttribute('lang', variant.lang);
  await expect(page.locator('html')).toHaveAttribute('dir', direction(variant.lang));
  await expect(page.locator('h1:visible')).toHaveCount(1);
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  if (PSEUDO) {
    if (path === '/') siteNames.set(variant.lang, await page.title());
    const name = siteNames.get(variant.lang)!;
    expect(name, 'the start page comes first').toBeTruthy();
    if (path !== '/') expect((await page.title()).endsWith(` — ${name}`), `${path}'s title names the page, then ${name}`).toBe(true);
  } else {
    await expect(page).toHaveTitle(path === '/' ? 'OwnPath' : /^.+ — OwnPath$/);
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

  await noAxeViolations(page, `axe on ${path} (${variant.name})`);

  await expectNothingStored(page);

  // At 320 px nothing scrolls sideways (reflow).
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways at 320 px (${variant.name})`).toBeLessThanOrEqual(0);
  await page.setViewportSize(desktop);
}

for (const variant of VARIANTS) {
  test(`every page opens directly, stays private and passes axe — ${variant.name}`, async ({ page, baseURL }) => {
    test.setTimeout(400_000);
    const origin = new URL(baseURL!).origin;
    const watch = watchPage(page, origin);
    // /review (the review pack for a service's panel) and /check-settings (for the staff who set up a copy) are
    // linked from no client page on purpose: they start the queue too.
    const queue = ['/', '/review', '/check-settings'];
    const seen = new Set<string>(queue);
    const visited: string[] = [];
    if (variant.dark) {
      await page.emulateMedia({ colorScheme: 'dark' });
    }

    const prefix = languagePrefix(variant.lang);
    while (queue.length) {
      const path = queue.shift()!;
      const response = await page.goto(prefix + path + variant.query);
      expect(response?.status(), `${path} status`).toBe(200);
      // /check-settings, for the staff who set a kiosk up, shows at once with no start screen (issue 23).
      if (variant.kiosk && !path.startsWith('/check-settings')) {
        await page.locator('.kiosk-start__go').click();
      }
      await appReady(page);
      if (variant.dark) {
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), `${path} is dark`).toBe('dark');
      }
      visited.push(path);
      await checkPage(page, path, variant);

      // Queue every in-app link on the page.
      const links = await page.locator('a[href]').evaluateAll((links) =>
        links.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })));
      for (const { href, rel } of links) {
        const url = new URL(href);
        if (url.origin !== origin) {
          if (url.protocol === 'https:') {
            expect(FINDERS.has(href), `link leaves the app: ${href}`).toBe(true);
            expect(rel, `${href} is sent with no referrer`).toContain('noreferrer');
            expect(variant.kiosk, `a kiosk links to ${href}`).toBeFalsy();
          } else {
            expect(['tel:', 'sms:'], `link leaves the app: ${href}`).toContain(url.protocol);
          }
          continue;
        }
        const [lang, appPath] = splitAddress(url.pathname);
        const target = appPath.replace(/\/$/, '') || '/';
        // The quick-exit page is a plain neutral page, not part of the app (the settings tests visit it).
        if (target === '/neutral.html') continue;
        // Links to the other languages are the language switch (languages.spec.ts follows them).
        if (lang !== variant.lang) continue;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }

    // On a kiosk the start screen sends people to "/": only the product pages need checking from links.
    for (const path of [...PRODUCT_PATHS, ...OPTION_IDS.map((id) => `/options/${id}`)]) {
      expect(visited, `the crawl reached ${path}`).toContain(path);
    }
    expect(visited.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThanOrEqual(12);
    expect(watch.problems).toEqual([]);
  });
}

// In a pseudo run, once per pseudo-language (the mirrored one shows the open states right to left).
for (const lang of PSEUDO ? PSEUDO_LANGUAGES : [LANGUAGES[0]]) {
  test(`dark mode: menu open, QR shown, clear dialog, session and kiosk pass axe${PSEUDO ? ` — ${lang}` : ''}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const prefix = languagePrefix(lang);
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = async () =>
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${prefix}/summary`);
    await appReady(page);
    await dark();
    await page.locator('.menu-button').click();
    await expect(page.locator('.site-nav--open')).toBeVisible();
    await page.locator('.display-button').click();
    await expect(page.locator('#display-panel')).toBeVisible();
    await noAxeViolations(page, 'dark, phone, menu and Display open');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.summary-actions button[aria-controls="qr-panel"]').click();
    await expect(page.locator('.qr__code')).toBeVisible();
    await noAxeViolations(page, 'dark, QR shown');
    await page.locator('.summary-actions .button--danger').click();
    await expect(page.locator('dialog.dialog[open]')).toBeVisible();
    await noAxeViolations(page, 'dark, clear dialog open');
    await page.keyboard.press('Escape');

    for (const path of ['/', '/summary']) {
      await page.goto(`${prefix}${path}?mode=session`);
      await appReady(page);
      await expect(page.locator('.badge')).toBeVisible();
      for (const details of await page.locator('details.worker-prompts').all()) await details.locator('summary').click();
      await noAxeViolations(page, `dark, session, ${path}`);
    }

    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto(`${prefix}/?mode=kiosk`);
    await expect(page.locator('.kiosk-start__go')).toBeVisible();
    await dark();
    await noAxeViolations(page, 'dark, kiosk start screen');
    await page.locator('.kiosk-start__go').click();
    await appReady(page);
    await noAxeViolations(page, 'dark, kiosk start page');

    await expectNothingStored(page);
    expect(watch.problems).toEqual([]);
  });
}
