// Issue 15: the "Start here" path (seven steps with a quiet marker and Back/Next, all in the phone menu), and
// session mode that helps the worker (each option's own prompts linked to /professionals, a side column on wide
// screens, open across a change of language, a suggested route at the start).
import { test, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appReady, openDisplay, OPTION_IDS } from './helpers';

/** The path's seven steps in order, with their names as the menu and the Back/Next links show them. */
const JOURNEY = [
  ['/options', 'Options'],
  ['/compare', 'Compare'],
  ['/matters', 'What matters to me'],
  ['/check', 'Check what you know'],
  ['/sure', 'How sure do I feel?'],
  ['/steps', 'Small next steps'],
  ['/summary', 'My summary'],
];

async function noAxeViolations(page: Page, where: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), where).toEqual([]);
}

const prompts = (page: Page) => page.locator('details.worker-prompts');

/** Opens the worker's prompts if they are closed (they arrive with a part fetched just after start-up). */
async function openPrompts(page: Page) {
  await expect(prompts(page)).toHaveCount(1);
  if ((await prompts(page).getAttribute('open')) === null) await prompts(page).locator('summary').click();
  await expect(prompts(page)).toHaveJSProperty('open', true);
  await expect(prompts(page).locator('li').first()).toBeVisible();
}

test.describe('the "Start here" path', () => {
  test('each of the seven steps says where it is and links to its neighbours', async ({ page }) => {
    for (const [i, [path, name]] of JOURNEY.entries()) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator('main .journey-step')).toHaveText(`Step ${i + 1} of 7`);
      // The marker is near the top: before the page's heading.
      const [marker, h1] = [await page.locator('.journey-step').boundingBox(), await page.locator('main h1').boundingBox()];
      expect(marker!.y).toBeLessThan(h1!.y);
      const nav = page.getByRole('navigation', { name: 'Step by step' });
      const [backPath, backName] = i === 0 ? ['/', 'Start'] : JOURNEY[i - 1];
      const back = nav.locator('a').first();
      await expect(back).toHaveText(`Back: ${backName}`);
      expect(new URL(await back.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(backPath);
      const next = nav.locator('a + a');
      if (i === JOURNEY.length - 1) {
        await expect(next).toHaveCount(0);
      } else {
        await expect(next).toHaveText(`Next: ${JOURNEY[i + 1][1]}`);
        expect(new URL(await next.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(JOURNEY[i + 1][0]);
      }
      // At the bottom: after the page's own content.
      const navBox = await nav.boundingBox();
      expect(navBox!.y, `${name}: Back/Next sit below the heading`).toBeGreaterThan(h1!.y);
    }
  });

  test('walking Next from the start page through all seven steps, then Back again, in the app', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.getByRole('link', { name: 'Start here' }).click();
    for (const [i, [path]] of JOURNEY.entries()) {
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator('.journey-step')).toHaveText(`Step ${i + 1} of 7`);
      if (i < JOURNEY.length - 1) await page.locator('.journey-nav a + a').click();
    }
    for (let i = JOURNEY.length - 1; i > 0; i--) {
      await page.locator('.journey-nav a').first().click();
      await expect(page).toHaveURL(new RegExp(`${JOURNEY[i - 1][0]}$`));
    }
    // Skipping is fine: a step opened directly shows its place, and nothing sends the person back.
    await page.goto('/sure');
    await appReady(page);
    await expect(page.locator('.journey-step')).toHaveText('Step 5 of 7');
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('pages off the path have no marker; the marker and links are in Spanish too', async ({ page }) => {
    for (const path of ['/', '/stories', '/safety', '/options/methadone', '/professionals']) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator('.journey-step, .journey-nav')).toHaveCount(0);
    }
    await page.goto('/compare?lang=es');
    await appReady(page);
    await expect(page.locator('.journey-step')).toHaveText('Paso 2 de 7');
    await expect(page.locator('.journey-nav a').first()).toHaveText('Atrás: Opciones');
    await expect(page.locator('.journey-nav a + a')).toHaveText('Siguiente: Lo que me importa');
  });

  test('the phone menu lists all seven steps, in order', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/stories');
    await appReady(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await menu.click();
    const links = nav.locator('a');
    for (const [path, name] of JOURNEY) {
      const link = nav.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      expect(new URL(await link.evaluate((a: HTMLAnchorElement) => a.href)).pathname).toBe(path);
    }
    const paths = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.filter((p) => JOURNEY.some(([j]) => j === p))).toEqual(JOURNEY.map(([p]) => p));
    // The footer's tools follow the same order.
    const footer = await page.locator('footer .footer-links').first().locator('a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(footer).toEqual(JOURNEY.map(([p]) => p));
    await nav.getByRole('link', { name: 'Check what you know' }).click();
    await expect(page.locator('main h1')).toHaveText('Check what you know');
  });
});

test.describe('session mode helps the worker', () => {
  test('each option has its own prompts, each linking to a belief on /professionals that exists', async ({ page }) => {
    const seen = new Map<string, string[]>();
    const anchors = new Set<string>();
    for (const id of OPTION_IDS) {
      await page.goto(`/options/${id}?mode=session`);
      await appReady(page);
      await openPrompts(page);
      const items = prompts(page).locator('li');
      const texts = await items.allInnerTexts();
      expect(texts.length, id).toBeGreaterThanOrEqual(3);
      for (const item of await items.all()) {
        const hrefs = await item.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href)));
        const anchor = hrefs.map((u) => (u.pathname === '/professionals' ? u.hash.slice(1) : '')).find((h) => h);
        expect(anchor, `${id}: "${await item.innerText()}" links to a belief on /professionals`).toBeTruthy();
        anchors.add(anchor!);
      }
      seen.set(id, texts);
    }
    // No two options share their prompts (the general fallback would be the same on every page).
    for (const a of OPTION_IDS) {
      for (const b of OPTION_IDS.filter((o) => o !== a)) {
        expect(seen.get(a)!.filter((t) => seen.get(b)!.includes(t)), `${a} and ${b} share prompts`).toEqual([]);
      }
    }
    await page.goto('/professionals');
    await appReady(page);
    for (const anchor of anchors) {
      await expect(page.locator(`li.belief[id="${anchor}"]`), `#${anchor} exists on /professionals`).toHaveCount(1);
    }
    // Following a prompt's link lands on its belief.
    await page.goto('/options/naltrexone?mode=session');
    await appReady(page);
    await openPrompts(page);
    await prompts(page).locator('li a').first().click();
    await expect(page).toHaveURL(/\/professionals\?mode=session#naltrexone$/);
    await expect(page.locator('li.belief#naltrexone h3')).toBeInViewport();
  });

  test('Spanish option pages have their own prompts too', async ({ page }) => {
    await page.goto('/options/taper?mode=session&lang=es');
    await appReady(page);
    await openPrompts(page);
    await expect(prompts(page).locator('summary')).toHaveText('Para quien acompaña');
    await expect(prompts(page).locator('li a[href*="/professionals?mode=session#coming-off"]').first()).toBeVisible();
    await expect(prompts(page)).not.toContainText('¿Qué te llama la atención en esta página?');
  });

  test('on a wide screen the prompts sit beside the client\'s text; on a phone they stay a box above it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/options/methadone?mode=session');
    await appReady(page);
    const h1 = page.locator('main h1');
    await expect(prompts(page)).toHaveCount(1);
    const closedTop = (await h1.boundingBox())!.y;
    await openPrompts(page);
    const box = (await prompts(page).boundingBox())!;
    const text = page.locator('main .lead').first();
    for (const [name, el] of [['heading', h1], ['lead', text]] as const) {
      const b = (await el.boundingBox())!;
      const overlap = b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height;
      expect(overlap, `the prompts overlap the ${name}`).toBe(false);
      expect(b.x + b.width, `the ${name} is left of the prompts`).toBeLessThanOrEqual(box.x);
    }
    // Not pushed down: the heading stays where it was with the box closed, and level with the open box.
    expect((await h1.boundingBox())!.y).toBe(closedTop);
    expect((await h1.boundingBox())!.y).toBeLessThan(box.y + box.height);
    // The column stays in view as the client's text scrolls.
    await page.mouse.wheel(0, 1500);
    await expect(prompts(page).locator('summary')).toBeInViewport();
    await noAxeViolations(page, 'session, wide, prompts open');

    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = (await prompts(page).boundingBox())!;
    expect((await h1.boundingBox())!.y, 'on a phone the box is above the heading').toBeGreaterThan(narrow.y + narrow.height - 1);
    await prompts(page).locator('summary').click();
    await expect(prompts(page)).toHaveJSProperty('open', false);
  });

  for (const width of [1280, 390]) {
    test(`the prompts stay open, or closed, across a change of language (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/options/buprenorphine?mode=session');
      await appReady(page);
      await openPrompts(page);
      await openDisplay(page);
      await page.locator('#display-panel').getByRole('link', { name: 'Español' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(prompts(page).locator('summary')).toHaveText('Para quien acompaña');
      await expect(prompts(page)).toHaveJSProperty('open', true);
      await expect(prompts(page).locator('li').first()).toBeVisible();
      // Closed stays closed too.
      await prompts(page).locator('summary').click();
      await openDisplay(page);
      await page.locator('#display-panel').getByRole('link', { name: 'English' }).click();
      await expect(prompts(page).locator('summary')).toHaveText('For the worker');
      await expect(prompts(page)).toHaveJSProperty('open', false);
      // And open stays open as the worker moves to another page.
      await prompts(page).locator('summary').click();
      await page.locator('footer a', { hasText: 'Staying safer' }).click();
      await expect(page.locator('main h1')).not.toHaveText('Buprenorphine');
      await expect(prompts(page)).toHaveJSProperty('open', true);
    });
  }

  test('a session that starts on the start page shows a suggested route, with links', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await page.getByRole('button', { name: /Start session mode/ }).click();
    await expect(prompts(page)).toHaveJSProperty('open', true);
    const route = prompts(page);
    await expect(route.locator('strong', { hasText: 'A short route: about twelve minutes' })).toBeVisible();
    const hrefs = await route.locator('ul').first().locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(['/options', '/compare', '/matters', '/how-to-start', '/summary', '/steps', '/stories']);
    // Written in words: no digits without a source.
    expect(await route.locator('ul').first().innerText()).toMatch(/About two minutes/);
    expect(await route.locator('ul').first().innerText()).not.toMatch(/\d/);
    await noAxeViolations(page, 'session start, route shown');
    await route.getByRole('link', { name: 'what matters to me' }).click();
    await expect(page.locator('main h1')).toHaveText('What matters to me');
    // The route belongs to the start: other pages show their own prompts.
    await expect(prompts(page)).not.toContainText('A short route');

    // Opened by a link, in Spanish, in dark mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?mode=session&lang=es');
    await appReady(page);
    await expect(prompts(page).locator('strong')).toHaveText('Una ruta corta: unos doce minutos');
    await expect(prompts(page)).toHaveJSProperty('open', true);
    await noAxeViolations(page, 'session start, Spanish, dark');
  });
});
