// Issue 25: from "can I start?" to a next step. "How to start" one tap from the top of every option page and from
// /compare, landing on that path's own section; who to call first (a service's own contacts from site.json, then
// the national finders, labelled as US); outside links followed where the setting allows, shown as text on a kiosk.
import { test, expect, Page } from '@playwright/test';
import { appReady, OPTION_IDS, openDisplay, watchPage } from './helpers';

const PHONE = { width: 390, height: 844 };

/** The "How to start" link at the top of the page: within the first phone screen, above the short answers. */
async function topLink(page: Page) {
  const link = page.locator('main .how-to-start-link a');
  await expect(link).toHaveCount(1);
  const box = (await link.boundingBox())!;
  expect(box.y + box.height, 'the link is on the first phone screen').toBeLessThan(PHONE.height);
  return link;
}

for (const lang of ['en', 'es']) {
  test(`every option page reaches its own "How to start" section in one tap (${lang})`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    await page.setViewportSize(PHONE);
    for (const id of OPTION_IDS) {
      await page.goto(`${lang === 'en' ? '' : '/' + lang}/options/${id}`);
      await appReady(page);
      await (await topLink(page)).click();
      await expect(page).toHaveURL(new RegExp(`how-to-start/?#${id}$`));
      const section = page.locator(`section#sec-${id}`);
      await expect(section).toHaveCount(1);
      // The section says where to go and what to ask for: at least three points, each with a few words.
      expect(await section.locator('li').count(), id).toBeGreaterThanOrEqual(3);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    }
    expect(watch.problems).toEqual([]);
  });
}

test('compare reaches "How to start" in one tap; the page opens with who to call and what to say', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/compare');
  await appReady(page);
  // Before anything is picked: right under the request to pick two (and, once two are, right after the grid).
  const link = page.locator('main .how-to-start-link a');
  await expect(link).toHaveCount(1);
  await expect(page.locator('main .callout + .how-to-start-link')).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/how-to-start\/?$/);
  await expect(page.locator('main h1')).toHaveText('How to start');
  // The page's own part may still be on its way (it is fetched just after the app is ready): wait for its sections.
  await expect(page.locator('main section[id^="sec-"]')).toHaveCount(2 + OPTION_IDS.length);
  const ids = await page.locator('main section[id^="sec-"]').evaluateAll((s) => s.map((e) => e.id.slice(4)));
  expect(ids.slice(0, 2)).toEqual(['who-to-call', 'on-the-phone']);
  expect(ids.slice(2).sort()).toEqual([...OPTION_IDS].sort());
  // The national finders, labelled as US, with the helpline's call button and each finder's own address.
  const who = page.locator('#sec-who-to-call');
  await expect(who.getByRole('heading', { name: 'National finders (US)' })).toBeVisible();
  await expect(who.locator('a[href="tel:1-800-662-4357"]')).toBeVisible();
  const addresses = await who.locator('a[href^="https:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(addresses).toEqual(expect.arrayContaining(['https://findtreatment.gov/', 'https://www.na.org/meetingsearch/',
    'https://www.aa.org/find-aa', 'https://meetings.smartrecovery.org/']));
  // An outside link tells the other site nothing about the page it came from.
  for (const rel of await who.locator('a[href^="https:"]').evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) {
    expect(rel).toContain('noreferrer');
  }
});

test('a service\'s own contacts come first, before the national finders', async ({ page }) => {
  await page.route('**/site.json', (route) =>
    route.fulfill({ json: { service_name: 'Harbour Clinic', contacts: [
      { name: 'Harbour Clinic intake', phone: '555-0100', hours: 'Mon–Fri', description: 'Same-week starts.' },
    ] } }));
  await page.goto('/how-to-start');
  await appReady(page);
  const names = await page.locator('#sec-who-to-call .contact__name').allInnerTexts();
  expect(names[0]).toBe('Harbour Clinic intake');
  expect(names).toContain('FindTreatment.gov');
  await expect(page.locator('#sec-who-to-call a[href="tel:555-0100"]')).toBeVisible();
});

test('in Spanish the page, the finders and their labels are in Spanish', async ({ page }) => {
  await page.goto('/es/how-to-start');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Cómo empezar');
  await expect(page.getByRole('heading', { name: 'Buscadores nacionales (Estados Unidos)' })).toBeVisible();
  await expect(page.getByText('Línea Nacional de Ayuda de SAMHSA')).toBeVisible();
});

test('on a kiosk the finders\' addresses and numbers are text, not links', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto('/?mode=kiosk');
  await appReady(page);
  await page.getByRole('button', { name: 'Touch to start' }).click();
  await page.locator('footer a', { hasText: 'How to start' }).click();
  await expect(page.locator('main h1')).toHaveText('How to start');
  const who = page.locator('#sec-who-to-call');
  await expect(who.getByText('findtreatment.gov', { exact: true })).toBeVisible();
  await expect(who.locator('a[href^="https:"], a[href^="tel:"]')).toHaveCount(0);
});

test('starting buprenorphine: how to tell withdrawal has begun, the low-dose start and what the detox figure shows, near the top', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const [lang, signs, frame] of [['en', 'yawning', 'does not show how a start at home goes'],
    ['es', 'bostezos', 'no muestra cómo va un inicio en casa']]) {
    await page.goto(`${lang === 'en' ? '' : '/' + lang}/options/buprenorphine`);
    await appReady(page);
    const box = page.locator('#starting');
    await expect(box).toContainText(signs);
    await expect(box).toContainText(frame);
    // Written once: the long answers point to the box rather than telling the start again in other words.
    await expect(page.locator('section.answer').filter({ hasText: /\b94\b/ }), lang).toHaveCount(0);
    await expect(page.locator('#sec-start a[href*="#starting"]'), lang).toHaveCount(1);
  }
});

// Item 5: nothing lost, nothing left.
async function rateFirst(page: Page, label = 'Very important') {
  await page.locator('.statements fieldset').first().getByText(label, { exact: true }).click();
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
}

test('at home, a reload with answers on screen asks first; with "remember" on it does not need to', async ({ page }) => {
  await page.goto('/matters');
  await appReady(page);
  await expect(page.locator('main .lead')).not.toContainText('stay on this device');
  await rateFirst(page);
  let asked = '';
  page.once('dialog', async (dialog) => { asked = dialog.type(); await dialog.accept(); });
  await page.reload();
  expect(asked).toBe('beforeunload');

  await appReady(page);
  await page.goto('/privacy');
  await appReady(page);
  await page.getByLabel('Remember on this device').check();
  await page.goto('/matters');
  await appReady(page);
  await rateFirst(page);
  let askedAgain = false;
  page.on('dialog', async (dialog) => { askedAgain = true; await dialog.accept(); });
  await page.reload();
  await appReady(page);
  expect(askedAgain).toBe(false);
});

test('"Leave no pages in my history" is offered beside the start page\'s privacy promise', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const box = page.getByLabel('Leave no pages in my history');
  await expect(box).toBeVisible();
  const promise = (await page.locator('main .promise').boundingBox())!;
  const control = (await box.boundingBox())!;
  expect(control.y - (promise.y + promise.height)).toBeLessThan(80);
});

test('the first page of a visit says how the quick exit works, with "Leave no pages in my history" beside it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/options/buprenorphine');
  await appReady(page);
  const tip = page.locator('.exit-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Exit this page');
  // Just under the exit bar and the header, whole on the phone's first screen.
  const header = (await page.locator('header.site-header').boundingBox())!;
  const placed = (await tip.boundingBox())!;
  expect(placed.y - (header.y + header.height)).toBeLessThan(24);
  expect(placed.y + placed.height).toBeLessThanOrEqual(844);
  // Its control works: from then on pages replace each other in the history.
  await tip.getByLabel('Leave no pages in my history').check();
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.locator('header nav a', { hasText: 'Staying safer' }).click();
  await expect(page.locator('main h1')).toHaveText('Staying safer');
  expect(await page.evaluate(() => history.length)).toBe(length);
  // Once the person moves on, it has done its work.
  await expect(tip).toHaveCount(0);
  // The next visit's first page shows it again, and "Got it" puts it away.
  await page.goto('/compare');
  await appReady(page);
  await page.locator('.exit-tip').getByRole('button', { name: 'Got it' }).click();
  await expect(page.locator('.exit-tip')).toHaveCount(0);
  // Not where the page offers the control itself, and not in a session, whose pages replace each other anyway.
  for (const path of ['/', '/privacy', '/summary', '/options?mode=session']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('.exit-tip'), path).toHaveCount(0);
  }
});

test('in session mode pages replace each other, and Back after "End and clear" shows nothing that was read', async ({ page }) => {
  await page.goto('/es/');
  await appReady(page);
  await page.getByRole('button', { name: /modo sesión/i }).click();
  const length = await page.evaluate(() => history.length);
  await page.locator('header nav a', { hasText: 'Lo que me importa' }).click();
  await rateFirst(page, 'Muy importante');
  await page.locator('header nav a', { hasText: 'Opciones' }).click();
  // Session mode stays in the address through in-app links (issue 23).
  await page.locator('main a[href*="/options/taper?mode=session"]').first().click();
  await expect(page).toHaveURL(/\/es\/options\/taper\?mode=session$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.getByRole('button', { name: 'Terminar el modo sesión' }).click();
  await page.getByRole('button', { name: 'Terminar y borrar las respuestas' }).click();
  await expect(page).toHaveURL(/\/es\/?$/);
  await page.goBack();
  expect(page.url()).not.toMatch(/options|matters/);
});

// Item 6: sizes that grow.
test('"Large" is larger than "Standard" and "Larger" than "Large", at home, in a session and on a kiosk', async ({ page }) => {
  const settings: [string, string, { width: number; height: number }][] = [
    ['home', '/options/taper', { width: 1366, height: 768 }],
    ['session', '/options/taper?mode=session', { width: 1366, height: 768 }],
    ['kiosk', '/?mode=kiosk', { width: 1080, height: 1920 }],
  ];
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const sizes: Record<string, number[]> = {};
  for (const [mode, address, viewport] of settings) {
    await page.setViewportSize(viewport);
    await page.goto(address);
    await appReady(page);
    if (mode === 'kiosk') await page.getByRole('button', { name: 'Touch to start' }).click();
    const measured = [await bodySize()];
    for (const step of ['Large', 'Larger']) {
      await openDisplay(page);
      await page.locator('#display-panel').getByRole('button', { name: step, exact: true }).click();
      measured.push(await bodySize());
    }
    sizes[mode] = measured;
  }
  for (const [mode, [standard, large, larger]] of Object.entries(sizes)) {
    expect(large, `${mode}: ${standard} → ${large} → ${larger} px`).toBeGreaterThan(standard);
    expect(larger, `${mode}: ${standard} → ${large} → ${larger} px`).toBeGreaterThan(large);
  }
  // Each setting keeps its own base: a session's text is larger than home's at every step, a kiosk's too.
  for (let i = 0; i < 3; i++) {
    expect(sizes.session[i]).toBeGreaterThan(sizes.home[i]);
    expect(sizes.kiosk[i]).toBeGreaterThan(sizes.home[i]);
  }
});

test('the worker\'s column fits a 1366×768 laptop, or shows that it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const id of OPTION_IDS) {
    await page.goto(`/es/options/${id}?mode=session`);
    await appReady(page);
    const prompts = page.locator('.worker-col .worker-prompts');
    await expect(prompts).toBeVisible();
    if ((await prompts.getAttribute('open')) === null) await prompts.locator('summary').click();
    await expect(prompts.locator('li').last()).toBeAttached();
    const fit = await prompts.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        inView: box.bottom <= innerHeight,
        scrolls: el.scrollHeight <= el.clientHeight + 1 || style.overflowY === 'auto',
        // The cue: a background layer drawn at the cut edge while there is more below.
        cue: el.scrollHeight <= el.clientHeight + 1 || style.backgroundImage.includes('gradient'),
      };
    });
    expect(fit, id).toEqual({ inView: true, scrolls: true, cue: true });
  }
});

test('pregnancy on /matters is answered yes / no / not sure, not rated for importance', async ({ page }) => {
  await page.goto('/matters');
  await appReady(page);
  const pregnancy = page.locator('.statements fieldset', { hasText: 'I am pregnant or may become pregnant' });
  const labels = (await pregnancy.locator('label').allInnerTexts()).map((t) => t.trim());
  expect(labels).toEqual(['No', 'Not sure', 'Yes']);
  await pregnancy.getByText('Not sure', { exact: true }).click();
  // "Not sure" shows how each option relates, as a high rating does.
  await expect(page.locator('.relate-option')).toHaveCount(OPTION_IDS.length);
  await expect(page.locator('.relate-option').first()).toContainText('pregnant');
  await page.goto('/es/matters');
  await appReady(page);
  const es = page.locator('.statements fieldset', { hasText: 'Estoy embarazada' });
  expect((await es.locator('label').allInnerTexts()).map((t) => t.trim())).toEqual(['No', 'No lo sé', 'Sí']);
});

test('on a 390 px phone no option name runs out of its card on /compare', async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const lang of ['en', 'es']) {
    await page.goto(`${lang === 'en' ? '' : '/es'}/compare`);
    await appReady(page);
    const boxes = page.locator('.compare-pick__list input');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(page.locator('.glance-grid')).toBeVisible();
    const overflowing = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('td, th, label, li, .card')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => `${el.tagName}.${el.className}: ${el.textContent!.trim().slice(0, 30)}`));
    expect(overflowing, lang).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), lang).toBeLessThanOrEqual(PHONE.width);
  }
});

// Item 3: the names people use, beside each option's name wherever options are listed or picked.
for (const [lang, name, vivitrol] of [['en', 'Buprenorphine', 'Extended-release naltrexone'], ['es', 'Buprenorfina', 'Naltrexona de liberación prolongada']]) {
  test(`"subs" and "Vivitrol" sit beside their options on /options, /compare and /matters (${lang})`, async ({ page }) => {
    const prefix = lang === 'en' ? '' : '/es';
    await page.goto(`${prefix}/options`);
    await appReady(page);
    const card = (n: string) => page.locator('.option-card').filter({ has: page.getByRole('heading', { name: n, exact: true }) });
    await expect(card(name).locator('.also-called')).toContainText('subs');
    await expect(card(vivitrol).locator('.also-called')).toContainText('Vivitrol');

    await page.goto(`${prefix}/compare`);
    await appReady(page);
    const pick = page.locator('.compare-pick__list li').filter({ has: page.getByText(name, { exact: true }) });
    await expect(pick.locator('.also-called')).toContainText('subs');
    await pick.locator('input').check();
    await page.locator('.compare-pick__list li').filter({ has: page.getByText(vivitrol, { exact: true }) }).locator('input').check();
    await expect(page.locator('.glance-grid thead th', { hasText: name }).locator('.also-called')).toContainText('bupe');

    await page.goto(`${prefix}/matters`);
    await appReady(page);
    await page.locator('.statements fieldset').first().locator('label').last().click();
    await expect(page.locator('.relate-option').filter({ has: page.getByRole('heading', { name, exact: true }) }).locator('.also-called')).toContainText('Suboxone');

    await page.goto(`${prefix}/options/buprenorphine`);
    await appReady(page);
    await expect(page.locator('h1 + .also-called')).toContainText('subs');
  });
}

// Item 4: a journey that answers first, and a short-session route. Walks the worker's short route in Spanish on a
// 1366×768 laptop, counting the clicks and the words on screen (main content, without the worker's column).
test('the short route: first question, short answers, what matters, how to start, summary', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  let clicks = 0;
  const words: Record<string, number> = {};
  const count = async (name: string) => {
    await appReady(page);
    // What is rendered (innerText: not the folded long answers), without the worker's own column.
    words[name] = await page.locator('main').evaluate((main) => {
      const count = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      const worker = [...main.querySelectorAll('.worker-prompts')].map((e) => count((e as HTMLElement).innerText));
      return count(main.innerText) - worker.reduce((a, b) => a + b, 0);
    });
  };
  const click = async (locator: ReturnType<Page['locator']>) => { await locator.click(); clicks++; };

  await page.goto('/es/?mode=session');
  await count('inicio');
  await click(page.getByRole('link', { name: 'Empieza aquí' }));
  await expect(page).toHaveURL(/\/es\/options\?mode=session$/);
  // The path opens with the person's own question.
  const first = page.locator('.first-question');
  await expect(first.locator('h2')).toHaveText('¿Qué quieres saber primero?');
  expect(await first.locator('a').count()).toBeGreaterThanOrEqual(4);
  // The question and its first choices are on the first laptop screen.
  await expect(first.locator('h2')).toBeInViewport();
  await expect(first.locator('a').first()).toBeInViewport();
  await count('opciones');
  await click(first.getByRole('link', { name: '¿Cómo se comparan dos caminos?' }));
  await click(page.getByLabel('Metadona', { exact: true }));
  await click(page.getByLabel('Buprenorfina', { exact: true }));
  await expect(page.locator('.glance-grid')).toBeVisible();
  await count('comparar');
  await click(page.locator('.journey-nav a + a'));
  await expect(page).toHaveURL(/\/es\/matters\?mode=session$/);
  for (let i = 0; i < 3; i++) await click(page.locator('.statements fieldset').nth(i).getByText('Muy importante', { exact: true }));
  await count('lo que me importa');
  await click(page.locator('header nav a', { hasText: 'Cómo empezar' }));
  await count('cómo empezar');
  await click(page.locator('header nav a', { hasText: 'Mi resumen' }));
  await count('resumen');
  const total = Object.values(words).reduce((a, b) => a + b, 0);
  test.info().annotations.push({ type: 'short route', description: `${clicks} clicks; words on screen ${JSON.stringify(words)}; total ${total}` });
  console.log(`short route: ${clicks} clicks; words ${JSON.stringify(words)}; total ${total}`);
  expect(clicks).toBeLessThanOrEqual(12);
});
