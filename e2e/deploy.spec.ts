// A clinic's deployment (issue 22): the release served by the plain Python server and by Debian's nginx with the
// configuration DEPLOY.md gives, at the root and under /ownpath/, with the offline worker ON (each project in
// playwright.config.ts). Every address form — no trailing slash, doubled slashes, index.html, deep links, the 404
// page — before and after the worker is installed, online and offline, and the quick exit and "In danger now?" from
// each. nginx alone: the headers, types, precompressed files and cache rules. One project: an update from v1 to v2.
import { test, expect, Page, BrowserContext, TestInfo } from '@playwright/test';
import { spawn, ChildProcess } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DIST, UPDATE_PORT } from '../playwright.config';
import { appReady, openDisplay, watchPage, Watch, OPTION_IDS } from './helpers';

/** The app's root for this project: 'http://127.0.0.1:8093/' or 'http://127.0.0.1:8094/ownpath/'. */
const rootOf = (info: TestInfo) => info.project.use.baseURL as string;
const project = (info: TestInfo) => info.project.name;
/** Whether this server answers unknown addresses with the app's 404.html (the plain sub-path server does not). */
const hasNotFoundPage = (info: TestInfo) => project(info) !== 'python-subpath';

/** Addresses inside the app, relative to its root, in the forms a reader, a menu link or a typo makes. */
const PAGES: { address: string; heading: RegExp; lang?: string }[] = [
  { address: '', heading: /./ },
  { address: 'options', heading: /./ },
  { address: 'options/taper', heading: /Tapering off medication/ },
  { address: 'options//taper//', heading: /Tapering off medication/ },
  { address: 'summary//', heading: /./ },
  { address: 'about/index.html', heading: /./ },
  { address: 'es/options/taper', heading: /./, lang: 'es' },
  { address: 'es', heading: /./, lang: 'es' },
];
const UNKNOWN: { address: string; heading: RegExp; lang: string }[] = [
  { address: 'nope', heading: /We could not find that page/, lang: 'en' },
  { address: 'options/nope/deeper', heading: /We could not find that page/, lang: 'en' },
  { address: 'es/nope/', heading: /./, lang: 'es' },
];

/** Every response the page gets that is an error, but the page's own (a 404 page's 404). */
function watchFailures(page: Page, root: string): string[] {
  const failures: string[] = [];
  page.on('response', (response) => {
    // The app root's site.json answers 404 where a copy runs on its defaults (the release ships none); one asked
    // for anywhere else is a failure (a page that did not find its root).
    if (response.status() === 404 && response.url() === `${root}site.json`) return;
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('status of 404 (Not Found)')) failures.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  return failures;
}

/** The worker is installed and controls the page (its cache filled). */
async function workerInstalled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

/** The page works from the app's root: styles, the wasm, the exit address and "In danger now?". */
async function expectWorking(page: Page, root: string, where: string, heading: RegExp = /./, lang = 'en') {
  await appReady(page);
  await expect(page.locator('main h1'), where).toHaveText(heading);
  await expect(page.locator('html'), where).toHaveAttribute('lang', lang);
  const seen = await page.evaluate(() => ({
    base: document.baseURI,
    exit: (document.getElementById('op-exit') as HTMLAnchorElement).href,
    danger: (document.getElementById('op-danger') as HTMLAnchorElement).href,
    red: getComputedStyle(document.getElementById('op-exit')!).backgroundColor,
  }));
  expect(seen.base, where).toBe(root);
  expect(seen.exit, where).toBe(`${root}neutral.html`);
  expect(seen.danger.startsWith(`${root}${lang === 'es' ? 'es/' : ''}safety`), `${where}: ${seen.danger}`).toBe(true);
  expect(seen.red, `${where}: the stylesheet is applied`).toBe('rgb(138, 28, 28)');
  // One slash between names in the address bar.
  expect(new URL(page.url()).pathname, where).not.toContain('//');
}

/** Checks "In danger now?" and then the quick exit (Shift three times) from the page as it is. */
async function expectWayOut(page: Page, root: string, where: string) {
  await page.locator('#op-danger').click();
  await expect(page.locator('#help-now'), where).toBeVisible();
  expect(page.url().startsWith(root), where).toBe(true);
  await page.locator('main h1').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page, where).toHaveURL(`${root}neutral.html`);
  await expect(page.locator('h1'), where).toHaveText('Keeping houseplants happy');
}

/** The files in the offline copy (the worker's release cache), as addresses relative to the app's root. */
async function keptFiles(page: Page, root: string): Promise<string[]> {
  return page.evaluate(async (root) => {
    const out: string[] = [];
    for (const key of await caches.keys()) {
      if (!key.startsWith('ownpath-static-')) continue;
      for (const request of await (await caches.open(key)).keys()) out.push(request.url.slice(root.length));
    }
    return out;
  }, root);
}

/** How many content files of a language the offline copy holds. */
async function keptContent(page: Page, root: string, lang: string): Promise<number> {
  return (await keptFiles(page, root)).filter((file) => file.startsWith(`content/${lang}-`)).length;
}

function expectNoProblems(watch: Watch, where: string) {
  expect(watch.problems, where).toEqual([]);
}

test.describe('any address, with the offline worker on', () => {
  test('first visit: every address form opens the app from its root, and its way out works', async ({ browser }, info) => {
    const root = rootOf(info);
    const origin = new URL(root).origin;
    for (const { address, heading, lang } of PAGES) {
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      const watch = watchPage(page, origin);
      await page.goto(root + address);
      await expectWorking(page, root, `first visit to /${address}`, heading, lang);
      expectNoProblems(watch, `first visit to /${address}`);
      await context.close();
    }
  });

  test('the 404 page finds the app root at any depth, online and offline', async ({ browser }, info) => {
    test.skip(!hasNotFoundPage(info), 'this server has no 404 page');
    const root = rootOf(info);
    const origin = new URL(root).origin;
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const failures = watchFailures(page, root);
    for (const { address, heading, lang } of UNKNOWN) {
      const response = await page.goto(root + address);
      expect(response?.status()).toBe(404);
      await expectWorking(page, root, `404 at /${address}`, heading, lang);
    }
    expect(failures, 'first visits to unknown addresses').toEqual([]);
    await expectWayOut(page, root, '404 page');
    // Again with the worker controlling the page, then with the network off (the worker's copy of 404.html).
    await page.goto(root);
    await appReady(page);
    await workerInstalled(page);
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      for (const { address, heading, lang } of UNKNOWN) {
        await page.goto(root + address);
        await expectWorking(page, root, `404 at /${address}${offline ? ', offline' : ''}`, heading, lang);
      }
    }
    await page.goto(`${root}options/nope`);
    await appReady(page);
    await expectWayOut(page, root, '404 page, offline');
    await context.setOffline(false);
    expect(failures, 'unknown addresses with the worker').toEqual([]);
    await context.close();
  });

  test('after the worker is installed: menu links, reloads and deep links, online and offline', async ({ page, context }, info) => {
    const root = rootOf(info);
    const watch = watchPage(page, new URL(root).origin);
    await page.goto(root);
    await appReady(page);
    await workerInstalled(page);
    for (const offline of [false, true]) {
      // The Spanish pages read online asked the worker to keep Spanish too (issue 26): wait until it has.
      if (offline) await expect.poll(() => keptContent(page, root, 'es')).toBe(await keptContent(page, root, 'en'));
      await context.setOffline(offline);
      const state = offline ? 'offline' : 'online';
      // A menu link gives an address without a trailing slash; a reload asks the worker for exactly that.
      await page.goto(root);
      await appReady(page);
      await page.locator('header nav a', { hasText: 'Staying safer' }).click();
      await expect(page).toHaveURL(`${root}safety`);
      await page.reload();
      await expectWorking(page, root, `reload of /safety, ${state}`, /Staying safer/);
      for (const { address, heading, lang } of PAGES) {
        await page.goto(root + address);
        await expectWorking(page, root, `/${address}, ${state}`, heading, lang);
      }
      await page.goto(`${root}options/methadone`);
      await page.reload();
      await expectWorking(page, root, `reload of /options/methadone, ${state}`);
      await expectWayOut(page, root, `/options/methadone, ${state}`);
    }
    await context.setOffline(false);
    expectNoProblems(watch, 'after the worker');
  });
});

test.describe('the offline copy in the reader\'s language (issue 26)', () => {
  test('a first visit keeps the app and its language, another language once chosen, and every page of a kept language opens offline', async ({ page, context }, info) => {
    const root = rootOf(info);
    const watch = watchPage(page, new URL(root).origin);
    await page.goto(`${root}options/taper`);
    await appReady(page);
    await workerInstalled(page);
    const kept = await keptFiles(page, root);
    const english = await keptContent(page, root, 'en');
    expect(english, 'the English content is kept').toBeGreaterThan(5);
    expect(await keptContent(page, root, 'es'), 'no Spanish before it is chosen').toBe(0);
    expect(kept, 'the app shell').toContain('404.html');
    expect(kept.some((file) => /_bg\.wasm$/.test(file)), 'the wasm').toBe(true);
    expect(kept.filter((file) => file.startsWith('stories/') || file.startsWith('es/')), 'pages not read').toEqual([]);

    // Offline, an English page never opened is drawn by the shell from the kept content.
    await context.setOffline(true);
    await page.goto(`${root}stories/dana-take-homes`);
    await expectWorking(page, root, 'an English page not read, offline');
    await expect(page.locator('main h1')).not.toHaveText(/could not find/i);
    await context.setOffline(false);

    // The reader switches to Spanish: its content is kept from then on, and its pages open offline.
    await page.goto(`${root}options/taper`);
    await appReady(page);
    await openDisplay(page);
    await page.locator('#display-panel').getByRole('link', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect.poll(() => keptContent(page, root, 'es')).toBe(english);
    await context.setOffline(true);
    for (const address of ['es/stories/dana-take-homes', 'es/safety', 'options/methadone']) {
      await page.goto(root + address);
      await expectWorking(page, root, `/${address}, offline, never opened`, /./, address.startsWith('es/') ? 'es' : 'en');
      await expect(page.locator('main h1')).not.toHaveText(/could not find|no encontramos/i);
    }
    await context.setOffline(false);
    expectNoProblems(watch, 'the offline copy in the reader\'s language');
  });
});

test('the neutral page asks for its own icon, never /favicon.ico', async ({ page }, info) => {
  const root = rootOf(info);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto(`${root}neutral.html`);
  await expect(page.locator('h1')).toHaveText('Keeping houseplants happy');
  await expect.poll(() => asked.filter((path) => path.endsWith('.svg') || path.endsWith('.ico'))).toEqual([`${new URL(root).pathname}leaf.svg`]);
  await page.waitForTimeout(500);
  expect(asked.filter((path) => path.endsWith('favicon.ico'))).toEqual([]);
});

test.describe('the real server', () => {
  test('nginx sends the headers, types, precompressed files, cache rules and 404 page DEPLOY.md promises', async ({ request }, info) => {
    test.skip(!project(info).startsWith('nginx'), 'nginx only');
    const root = rootOf(info);
    const page = await request.get(root);
    expect(page.status()).toBe(200);
    const html = await page.text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const headers = page.headers();
    // The policy as a header: the pages' own (every hash), plus framing.
    expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-cache');

    const wasm = /href="\.\/(ownpath-[0-9a-f]+_bg\.wasm)"/.exec(html)![1];
    const script = /src="\.\/(ownpath-[0-9a-f]+\.js)"|href="\.\/(ownpath-[0-9a-f]+\.js)"/.exec(html)!;
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
      const response = await request.get(root + wasm, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-type']).toBe('application/wasm');
      expect(response.headers()['content-encoding'], encoding).toBe(expected);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    }
    const js = await request.get(root + (script[1] ?? script[2]), { headers: { 'Accept-Encoding': 'br' } });
    expect(js.headers()['content-encoding']).toBe('br');
    expect(js.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
    const start = await request.get(root, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(start.headers()['content-encoding']).toBe('gzip');

    const manifest = await request.get(`${root}manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    for (const file of ['sw.js', 'version.json', 'neutral.html']) {
      expect((await request.get(root + file)).headers()['cache-control'], file).toBe('no-cache');
    }
    const version = await (await request.get(`${root}version.json`)).json();
    expect(version.app).toBe('ownpath');
    const missing = await request.get(`${root}options/nope`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('data-page="404"');
    expect(missing.headers()['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    // Doubled slashes are made single by a redirect.
    const doubled = await request.get(`${root}summary//`, { maxRedirects: 0 });
    expect(doubled.status()).toBe(301);
    expect(doubled.headers()['location']).toBe(`${new URL(root).pathname}summary/`);
  });
});

/** A copy of the build served on its own port, so the test can put a new release over it. */
function servedCopy(): { dir: string; server: ChildProcess; root: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ownpath-update-'));
  cpSync(DIST, dir, { recursive: true });
  // The clinic's own settings: a kiosk with a short idle time, and their exit address.
  writeFileSync(join(dir, 'site.json'), JSON.stringify({ idle_seconds: 6, countdown_seconds: 3, exit_url: 'https://example.org/' }));
  const server = spawn('python3', ['tools/serve.py', dir, '--port', String(UPDATE_PORT)], { stdio: 'ignore' });
  return { dir, server, root: `http://127.0.0.1:${UPDATE_PORT}/` };
}

/**
 * Version 2 copied over version 1, as DEPLOY.md says (everything but site.json): here the start and /about pages
 * carry a mark, and the worker a new cache name, which is what a new build gives.
 */
const V2_MARK = '<meta name="ownpath-test" content="v2">';
function copyVersionTwo(dir: string) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const CACHE = "ownpath-static-[0-9a-f]+"/, 'const CACHE = "ownpath-static-0000000000v2"');
  writeFileSync(join(dir, 'sw.js'), sw);
  writeFileSync(join(dir, 'version.json'), '{"app": "ownpath", "version": "2.0.0", "content_date": "2027-01-01"}\n');
  for (const page of ['index.html', join('about', 'index.html')]) {
    const file = join(dir, page);
    writeFileSync(file, readFileSync(file, 'utf8').replace('<meta charset="utf-8">', `<meta charset="utf-8">${V2_MARK}`));
  }
}
const onVersionTwo = (page: Page) => page.locator('meta[name="ownpath-test"]');

async function waitForServer(root: string) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(root)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${root}`);
}

async function checkForUpdate(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
}

test.describe('updates', () => {
  test('v1 installed, v2 copied over: home offers a reload, a kiosk takes it at its idle reset, a session is never interrupted', async ({ browser }, info) => {
    test.skip(project(info) !== 'python-root', 'one server is enough: the update is the worker\'s');
    test.setTimeout(120_000);
    const { dir, server, root } = servedCopy();
    const contexts: BrowserContext[] = [];
    try {
      await waitForServer(root);
      const open = async (address: string) => {
        const context = await browser.newContext({ serviceWorkers: 'allow' });
        contexts.push(context);
        const page = await context.newPage();
        await page.goto(root + address);
        await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
        await workerInstalled(page);
        return page;
      };
      const home = await open('about');
      const session = await open('matters?mode=session');
      await appReady(session);
      const kiosk = await open('?mode=kiosk');
      await expect(home.locator('.update-notice')).toBeHidden();
      // A session in progress (answers in memory), a kiosk in use.
      await session.locator('.statements fieldset').first().getByText('Very important', { exact: true }).click();
      await kiosk.getByRole('button', { name: 'Touch to start' }).click();
      await appReady(kiosk);

      copyVersionTwo(dir);
      for (const page of [kiosk, home, session]) await checkForUpdate(page);

      // The kiosk in use: nothing happens yet (no notice, no reload).
      await expect(kiosk.locator('html')).toHaveAttribute('data-update', 'ready');
      await expect(kiosk.locator('.update-notice')).toHaveCount(0);
      await expect(onVersionTwo(kiosk)).toHaveCount(0);
      await expect(kiosk.getByRole('button', { name: 'Touch to start' })).toHaveCount(0);

      // At home: a quiet notice; the page goes on as it was until the reader chooses.
      const notice = home.locator('.update-notice');
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('A new version of OwnPath is ready.');
      await expect(onVersionTwo(home)).toHaveCount(0);
      await notice.getByRole('button', { name: 'Reload to use it' }).click();
      await expect(onVersionTwo(home)).toHaveCount(1);
      await appReady(home);
      await expect(home.locator('.update-notice')).toBeHidden();
      expect(await home.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ownpath-static-')))).toEqual(['ownpath-static-0000000000v2']);
      // The clinic's settings were never replaced: the exit still goes where its site.json says.
      expect(await home.locator('#op-exit').getAttribute('href')).toBe('https://example.org/');

      // A session is never interrupted: no notice, no reload, the answer still there.
      await expect(session.locator('html')).toHaveAttribute('data-update', 'ready');
      await expect(session.locator('.update-notice')).toHaveCount(0);
      await expect(onVersionTwo(session)).toHaveCount(0);
      await expect(session.locator('.relate-option')).toHaveCount(OPTION_IDS.length);

      // The kiosk's idle reset: the warning, then a full reload to the start screen, on version 2.
      await expect(onVersionTwo(kiosk)).toHaveCount(1, { timeout: 20_000 });
      await expect(kiosk.getByRole('button', { name: 'Touch to start' })).toBeVisible();
      expect(new URL(kiosk.url()).search).toBe('?mode=kiosk');
      await expect(kiosk.locator('html')).not.toHaveAttribute('data-update', /./);
    } finally {
      for (const context of contexts) await context.close();
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('the offline copy', () => {
  test('/privacy and the Display panel say it is kept, and remove it on request', async ({ page }, info) => {
    test.skip(project(info) !== 'nginx-subpath', 'one server is enough');
    const root = rootOf(info);
    await page.goto(`${root}privacy`);
    await appReady(page);
    await workerInstalled(page);
    await page.reload();
    await appReady(page);
    const section = page.locator('main .offline-copy');
    await expect(section).toContainText('On your first visit, this browser keeps a copy');
    await section.getByRole('button', { name: 'Remove the offline copy from this device' }).click();
    await expect(section).toContainText('The offline copy is removed from this device.');
    const left = await page.evaluate(async () => ({
      caches: (await caches.keys()).filter((k) => k.startsWith('ownpath-')),
      registration: !!(await navigator.serviceWorker.getRegistration()),
    }));
    expect(left).toEqual({ caches: [], registration: false });

    // In the Display panel too (the worker came back with this visit, as the text says).
    await page.goto(`${root}es/`);
    await appReady(page);
    await workerInstalled(page);
    await page.locator('.display-button').click();
    const panel = page.locator('#display-panel .offline-copy');
    await panel.getByRole('button', { name: 'Quitar la copia sin conexión de este dispositivo' }).click();
    await expect(panel).toContainText('La copia sin conexión se quitó de este dispositivo.');
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    expect(existsSync(DIST)).toBe(true);
  });
});
