// The phone's first screen belongs to the person (issue 15, item 4): what OwnPath is, the decision and the first
// step above the fold; language, text size and contrast in one "Display" control; an Exit that never covers text or
// controls; and "In danger now?" one tap from every page, to call buttons where calls can be placed.
import { test, expect, Page } from '@playwright/test';
import { appReady, CHECKED_LANGUAGES, LANGUAGES, OPTION_IDS, PRODUCT_PATHS, PSEUDO, PSEUDO_LANGUAGES } from './helpers';

/** The query that opens a language: none for the default one, `lang=es` for Spanish. */
const langQuery = (lang: string) => (lang === LANGUAGES[0] ? '' : `lang=${lang}`);

const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
const PAGES = [...PRODUCT_PATHS, `/options/${OPTION_IDS[0]}`, '/stories/dana-take-homes'];

/** Where an element is, in the viewport. */
async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, `${selector} is laid out`).not.toBeNull();
  return b!;
}

/** The whole element is on screen, below the quick-exit bar. */
async function expectOnFirstScreen(page: Page, selector: string, where: string) {
  const bar = await box(page, '#op-quick');
  const viewport = page.viewportSize()!;
  const count = await page.locator(selector).count();
  expect(count, `${selector} on ${where}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const b = (await page.locator(selector).nth(i).boundingBox())!;
    expect(b, `${selector} #${i} on ${where}`).not.toBeNull();
    expect(b.y, `${selector} #${i} starts below the exit bar on ${where}`).toBeGreaterThanOrEqual(bar.y + bar.height - 0.5);
    expect(b.y + b.height, `${selector} #${i} ends above the fold on ${where}`).toBeLessThanOrEqual(viewport.height);
    expect(b.x + b.width, `${selector} #${i} fits across on ${where}`).toBeLessThanOrEqual(viewport.width);
  }
}

test.describe('the first screen', () => {
  for (const size of PHONES) {
    // English and Spanish; in a pseudo run (E2E_PSEUDO=1) the pseudo-languages, longer and mirrored.
    for (const lang of CHECKED_LANGUAGES) {
      for (const scheme of ['light', 'dark'] as const) {
        test(`shows what OwnPath is, the decision and the first step at ${size.width}×${size.height}, ${lang}, ${scheme}`, async ({ page }) => {
          await page.setViewportSize(size);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(langQuery(lang) ? `/?${langQuery(lang)}` : '/');
          await appReady(page);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          const where = `${size.width}×${size.height} ${lang} ${scheme}`;
          // The name, what it is (the lead's first paragraph), the decision (its second) and the first step.
          await expectOnFirstScreen(page, '.site-name', where);
          await expectOnFirstScreen(page, 'main h1', where);
          await expect(page.locator('main p.lead')).toHaveCount(2);
          await expectOnFirstScreen(page, 'main p.lead', where);
          await expectOnFirstScreen(page, 'main .first-step a', where);
          // Issue 25: the path opens with the person's own first question, on /options.
          await expect(page.locator('main .first-step a')).toHaveAttribute('href', /\/options$/);
          // A finger-sized button, and the controls around it on one screen too.
          expect((await box(page, 'main .first-step a')).height).toBeGreaterThanOrEqual(48);
          for (const control of ['.display-button', '.menu-button']) await expectOnFirstScreen(page, control, where);
          // The exit and the danger link sit in their bar at the top.
          const bar = await box(page, '#op-quick');
          for (const control of ['#op-exit', '#op-danger']) {
            const b = await box(page, control);
            expect(b.y >= bar.y && b.y + b.height <= bar.y + bar.height + 0.5, `${control} in the bar on ${where}`).toBe(true);
          }
          // The Display panel starts closed, so it takes none of the first screen.
          await expect(page.locator('#display-panel')).toBeHidden();

          // The first step opens the "start here" path.
          await page.locator('main .first-step a').click();
          await expect(page).toHaveURL(/\/options$/);
          await expect(page.locator('main h1')).toBeFocused();
        });
      }
    }
  }
});

test.describe('the Display control', () => {
  // Found by their English and Spanish names: the pseudo run checks the first screen and the exit bar only.
  test.skip(PSEUDO, 'a pseudo run checks the first screen and the exit bar');
  test('opens and closes, by pointer and keyboard, and its three settings work', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/options/taper');
    await appReady(page);
    const button = page.getByRole('button', { name: 'Display' });
    const panel = page.locator('#display-panel');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAttribute('aria-controls', 'display-panel');
    await expect(panel).toBeHidden();
    // The settings are not on the page until asked for.
    await expect(panel.getByRole('link', { name: 'Español' })).toHaveCount(0);

    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toBeVisible();
    // Four named groups: the offline copy (issue 22) after the three settings.
    await expect(panel.getByRole('group')).toHaveCount(4);
    for (const name of ['Language', 'Text size', 'Contrast', 'Offline copy']) await expect(panel.getByRole('group', { name })).toBeVisible();
    // It opens under the header and pushes the page down: it covers nothing.
    const [header, opened, main] = [await box(page, 'header'), await box(page, '#display-panel'), await box(page, 'main')];
    expect(opened.y).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
    expect(main.y).toBeGreaterThanOrEqual(opened.y + opened.height - 0.5);
    // Every button in it is a finger's size.
    for (const b of await panel.getByRole('button').all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // Text size.
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const base = await size();
    await panel.getByRole('button', { name: 'Larger' }).click();
    await expect(panel.getByRole('button', { name: 'Larger' })).toHaveAttribute('aria-pressed', 'true');
    expect(await size()).toBeGreaterThan(base * 1.3);
    // Contrast.
    await panel.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html')).toHaveClass(/contrast-high/);
    await panel.getByRole('button', { name: 'High contrast' }).click();
    await expect(page.locator('html')).not.toHaveClass(/contrast-high/);
    // Language: the page and the control itself follow, and the panel stays open for more changes.
    await panel.getByRole('link', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('main h1')).toHaveText('Dejar la medicación poco a poco');
    const boton = page.getByRole('button', { name: 'Pantalla' });
    await expect(boton).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('group', { name: 'Idioma' })).toBeVisible();
    await panel.getByRole('button', { name: 'Normal' }).click();
    expect(await size()).toBe(base);
    // Changing the language keeps focus where it was (the page is the same page).
    await panel.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(panel.getByRole('link', { name: 'English' })).toBeFocused();

    // Escape from inside the panel closes it and puts focus back on its button.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // The keyboard opens it, Tab reaches its buttons, Escape on the button closes it.
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await page.keyboard.press(' ');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#display-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
    // A second press closes it too, and a new page starts with it closed.
    await button.click();
    await button.click();
    await expect(panel).toBeHidden();
    await button.click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('header nav a[href$="/options"]').click();
    await expect(page).toHaveURL(/\/options$/);
    await expect(panel).toBeHidden();
  });

  for (const mode of ['session', 'kiosk']) {
    test(`works in ${mode} mode`, async ({ page }) => {
      await page.setViewportSize(mode === 'kiosk' ? { width: 1080, height: 1920 } : { width: 1280, height: 800 });
      await page.goto(`/options/taper?mode=${mode}`);
      await appReady(page);
      if (mode === 'kiosk') await page.getByRole('button', { name: 'Touch to start' }).click();
      await expect(page.locator('html')).toHaveClass(new RegExp(`mode-${mode}`));
      const button = page.locator('.display-button');
      await button.click();
      const panel = page.locator('#display-panel');
      await expect(panel).toBeVisible();
      if (mode === 'kiosk') {
        for (const b of await panel.getByRole('button').all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(48);
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      }
      await panel.getByRole('button', { name: 'Large', exact: true }).click();
      await expect(page.locator('html')).toHaveClass(/text-1/);
      await panel.getByRole('button', { name: 'High contrast' }).click();
      await expect(page.locator('html')).toHaveClass(/contrast-high/);
      await panel.getByRole('link', { name: 'Español' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.locator('html')).toHaveClass(new RegExp(`mode-${mode}`));
      if (mode === 'kiosk') {
        // "I'm finished" puts everything back for the next person: closed, standard text, no contrast, English.
        await button.click();
        await page.locator('.finish-button').click();
        await page.getByRole('button', { name: 'Touch to start' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.locator('html')).not.toHaveClass(/text-1|contrast-high/);
        await expect(page.locator('.display-button')).toHaveAttribute('aria-expanded', 'false');
      }
    });
  }
});

test.describe('"In danger now?"', () => {
  test.skip(PSEUDO, 'a pseudo run checks the first screen and the exit bar');
  test('is on every page, in view at the top, and one tap reaches the call buttons', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['en', 'es']) {
      for (const path of PAGES) {
        await page.goto(`${path}${lang === 'es' ? '?lang=es' : ''}`);
        await appReady(page);
        const link = page.locator('#op-danger');
        await expect(link, `${path} ${lang}`).toHaveText(lang === 'en' ? 'In danger now?' : '¿En peligro?');
        await expect(link).toHaveAttribute('href', /\/safety#help-now$/);
        // Scrolled down, it is still in view.
        await page.mouse.wheel(0, 3000);
        await expect(link, `${path} ${lang}, scrolled`).toBeInViewport({ ratio: 1 });
        const size = (await link.boundingBox())!;
        expect(size.height).toBeGreaterThanOrEqual(44);
      }
    }

    // One tap from a page deep in the app, scrolled down, with an answer on screen that must not be lost.
    await page.goto('/matters');
    await appReady(page);
    await page.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
    await page.mouse.wheel(0, 1500);
    await page.locator('#op-danger').click();
    await expect(page).toHaveURL(/\/safety#help-now$/);
    await expect(page.locator('main h1')).toHaveText('Staying safer');
    const calls = page.locator('#sec-help-now a.contact__phone[href^="tel:"]');
    await expect(calls.first()).toBeInViewport({ ratio: 1 });
    await expect(calls.first()).toHaveAttribute('href', 'tel:911');
    await expect(calls.first()).toHaveText('Call 911');
    await expect(page.locator('#sec-help-now a.contact__phone[href^="sms:"]')).toHaveAttribute('href', 'sms:988');
    // Full-width call buttons, a thumb's height.
    for (const call of await page.locator('#sec-help-now a.contact__phone').all()) {
      const [b, item] = [(await call.boundingBox())!, (await call.locator('xpath=ancestor::li[1]').boundingBox())!];
      expect(b.height).toBeGreaterThanOrEqual(48);
      expect(b.width).toBeGreaterThanOrEqual(item.width - 1);
    }
    await expect(page.locator('.contacts__fallback')).toBeVisible();
    // It moved inside the app: the answer is still there.
    await page.goBack();
    await expect(page).toHaveURL(/\/matters\/?$/);
    await expect(page.locator('.statements fieldset').first().getByLabel('Very important')).toBeChecked();

    // On the smallest phone, in Spanish, the first call button is on the screen the tap opens.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/options?lang=es');
    await appReady(page);
    await page.locator('#op-danger').click();
    await expect(page).toHaveURL(/\/safety#help-now$/);
    await expect(page.locator('#sec-help-now a.contact__phone').first()).toHaveText('Llamar 911');
    await expect(page.locator('#sec-help-now a.contact__phone').first()).toBeInViewport({ ratio: 1 });
    await page.setViewportSize({ width: 390, height: 844 });

    // On /safety itself, it goes to the section.
    await page.goto('/safety');
    await appReady(page);
    await page.mouse.wheel(0, 4000);
    await page.locator('#op-danger').click();
    await expect(page).toHaveURL(/\/safety#help-now$/);
    await expect(page.locator('#sec-help-now a.contact__phone').first()).toBeInViewport();
  });

  test('works before the wasm and with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/options/methadone/');
    await page.locator('#op-danger').click();
    await expect(page).toHaveURL(/\/safety\/#help-now$/);
    await expect(page.locator('#sec-help-now a.contact__phone[href="tel:911"]')).toBeInViewport();
    await context.close();
  });

  test('on a kiosk, numbers are large text to dial from a phone, and it works from the start screen', async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto('/?mode=kiosk');
    await appReady(page);
    await expect(page.getByRole('button', { name: 'Touch to start' })).toBeVisible();
    await expect(page.locator('#op-danger')).toHaveAttribute('href', /\/safety\?mode=kiosk#help-now$/);
    expect((await box(page, '#op-danger')).height).toBeGreaterThanOrEqual(48);
    await page.locator('#op-danger').click();
    await expect(page).toHaveURL(/\/safety\?mode=kiosk#help-now$/);
    await expect(page.locator('main h1')).toHaveText('Staying safer');
    const contacts = page.locator('#sec-help-now .contact');
    await expect(contacts.first()).toBeInViewport();
    await expect(page.locator('#sec-help-now a[href^="tel:"], #sec-help-now a[href^="sms:"]')).toHaveCount(0);
    const numbers = page.locator('#sec-help-now .contact__phone');
    await expect(numbers.first()).toHaveText('Call 911');
    const fontSize = await numbers.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(30);
    await expect(page.locator('.contacts__fallback')).toBeVisible();
    // Still a kiosk.
    await expect(page.locator('.finish-button')).toBeVisible();
  });
});

/**
 * Checks that the exit covers no text or control. The exit sits in a bar of its own at the top of the screen:
 * - the bar is opaque, spans the screen's width at its top, and holds the exit and the danger link without them
 *   touching or spilling out;
 * - the page keeps the bar's height free, so at the top of a page nothing is under the bar at all;
 * - scrolled, what is under the exit is the page passing under the bar (as it passes the screen's edge), never
 *   anything fixed or sticky that would stay covered.
 */
async function exitCoversNothing(page: Page, where: string): Promise<string[]> {
  return page.evaluate((where) => {
    const problems: string[] = [];
    const bar = document.getElementById('op-quick')!;
    const exit = document.getElementById('op-exit')!;
    const danger = document.getElementById('op-danger')!;
    const [b, e, d] = [bar, exit, danger].map((el) => el.getBoundingClientRect());
    const overlap = (r: DOMRect, s: DOMRect) => r.left < s.right - 0.5 && r.right > s.left + 0.5 && r.top < s.bottom - 0.5 && r.bottom > s.top + 0.5;
    const inside = (r: DOMRect, s: DOMRect) => r.left >= s.left - 0.5 && r.right <= s.right + 0.5 && r.top >= s.top - 0.5 && r.bottom <= s.bottom + 0.5;
    const alpha = (color: string) => (color.startsWith('rgba') ? parseFloat(color.split(',')[3]) : 1);
    if (b.top !== 0 || b.left !== 0 || Math.abs(b.width - document.documentElement.clientWidth) > 1) problems.push(`${where}: the bar is not across the top (${b.left},${b.top} ${b.width} wide)`);
    if (alpha(getComputedStyle(bar).backgroundColor) < 1) problems.push(`${where}: the bar can be seen through`);
    if (!inside(e, b)) problems.push(`${where}: the exit spills out of its bar`);
    if (getComputedStyle(danger).display !== 'none' && !inside(d, b)) problems.push(`${where}: the danger link spills out of the bar`);
    if (getComputedStyle(danger).display !== 'none' && overlap(d, e)) problems.push(`${where}: the danger link and the exit touch`);
    if (parseFloat(getComputedStyle(document.body).paddingTop) < b.height - 0.5) problems.push(`${where}: the page does not keep the bar's room free`);

    const fixedOrSticky = (el: Element | null): boolean => {
      for (; el && el !== document.body; el = el.parentElement) {
        const p = getComputedStyle(el).position;
        if (p === 'fixed' || p === 'sticky') return true;
      }
      return false;
    };
    const controls = 'a[href], button, input, select, textarea, summary, label, [role="button"], [tabindex]:not([tabindex="-1"])';
    const hasText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const scrolledTop = window.scrollY === 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (bar.contains(el) || !(el.matches(controls) || hasText(el) || el.matches('img, svg'))) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden text for screen readers
      if (el.closest('[hidden], [inert], dialog:not([open])')) continue;
      if (!overlap(r, b)) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent || '').trim().slice(0, 30)}"`;
      if (scrolledTop) problems.push(`${where}: ${name} is under the exit bar at the top of the page`);
      else if (fixedOrSticky(el)) problems.push(`${where}: ${name} stays under the exit bar`);
    }
    return problems;
  }, where);
}

test.describe('the exit covers nothing', () => {
  const SIZES = [
    { name: '390', width: 390, height: 844, query: '' },
    { name: '320', width: 320, height: 640, query: '' },
    { name: 'desktop', width: 1280, height: 800, query: '' },
    { name: 'kiosk', width: 1080, height: 1920, query: 'mode=kiosk' },
  ];
  for (const size of SIZES) {
    test(`at ${size.name}, at the top and scrolled, on every page, in ${PSEUDO ? 'the pseudo-languages' : 'both languages'}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      const problems: string[] = [];
      if (size.query) {
        // The kiosk start screen first.
        await page.goto(`/?${size.query}`);
        await appReady(page);
        problems.push(...(await exitCoversNothing(page, 'kiosk start screen')));
      }
      for (const lang of CHECKED_LANGUAGES) {
        for (const path of PAGES) {
          const query = [size.query, langQuery(lang)].filter(Boolean).join('&');
          await page.goto(`${path}${query ? '?' + query : ''}`);
          await appReady(page);
          if (size.query) {
            const start = page.locator('.kiosk-start__go');
            if (await start.count()) await start.click();
            await expect(page.locator('main h1')).toBeVisible();
          }
          const where = `${path} (${size.name}, ${lang})`;
          problems.push(...(await exitCoversNothing(page, where)));
          const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
          for (const y of [Math.round(height / 3), Math.round((2 * height) / 3), height]) {
            await page.evaluate((y) => window.scrollTo(0, y), y);
            problems.push(...(await exitCoversNothing(page, `${where} scrolled to ${y}`)));
          }
        }
      }
      // The menu and the Display panel open, and the largest text (the bar's words grow with it).
      // (In a pseudo run, in the first pseudo-language, then switched to the second.)
      const [first, second] = PSEUDO ? PSEUDO_LANGUAGES : ['en', 'es'];
      const summaryQuery = [size.query, langQuery(first)].filter(Boolean).join('&');
      await page.goto(`/summary${summaryQuery ? '?' + summaryQuery : ''}`);
      await appReady(page);
      if (size.query) await page.locator('.kiosk-start__go').click();
      await page.locator('.display-button').click();
      const larger = PSEUDO ? page.locator('#display-panel .comfort__size-2') : page.locator('#display-panel').getByRole('button', { name: 'Larger' });
      await larger.click();
      const menu = page.locator('.menu-button');
      if (await menu.isVisible()) await menu.click();
      problems.push(...(await exitCoversNothing(page, `/summary (${size.name}${PSEUDO ? `, ${first}` : ''}), menu and Display open, larger text`)));
      const other = PSEUDO ? page.locator(`#display-panel a[lang="${second}"]`) : page.locator('#display-panel').getByRole('link', { name: 'Español' });
      await other.click();
      await expect(page.locator('html')).toHaveAttribute('lang', second);
      problems.push(...(await exitCoversNothing(page, `/summary (${size.name}, ${second}), menu and Display open, larger text`)));
      expect(problems).toEqual([]);
    });
  }
});
